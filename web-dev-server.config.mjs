// `npm start`: serves the demo (and the built CDN bundle it loads) on http://localhost:8000/demo/.
export default {
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  open: false,
  appIndex: undefined,
  rootDir: '.',
  middleware: [
    // `/` goes to the demo, so the printed URL is the page to open.
    (ctx, next) => {
      if (ctx.path === '/' || ctx.path === '/index.html') ctx.redirect('/demo/');
      return next();
    },
  ],
};
