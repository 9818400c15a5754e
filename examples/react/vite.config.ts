import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages: index.html renders in the browser; ssr.html is rendered on the server (prerender.mjs) and hydrated.
export default defineConfig({
  plugins: [react()],
  build: {
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), ssr: resolve(import.meta.dirname, 'ssr.html') },
    },
  },
});
