// Read by `custom-elements-manifest analyze` (npm run build:manifest).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/react/**', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // `dispatchEvent(new WeErrorEvent(detail))` is also read as an event named after its argument (`detail`) or
      // without a name; the JSDoc `@fires` entries, which all have a description, name every event.
      name: 'keep-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.description);
      },
    },
    {
      // The manifest ships in the npm package, which has dist/*.js and no src/: every module path names its build,
      // from the package root (the analyzer writes re-exports relative to the re-exporting file: `./paper-list/…`).
      name: 'paths-to-dist',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path, from) => {
          const fromRoot = path.startsWith('./') ? from.replace(/[^/]*$/, '') + path.slice(2) : path;
          return fromRoot.replace(/^src\/(.*)\.[jt]s$/, 'dist/$1.js');
        };
        const visit = (node, from) => {
          if (Array.isArray(node)) return node.forEach((item) => visit(item, from));
          if (!node || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value, from);
            else visit(value, from);
          }
        };
        for (const mod of customElementsManifest.modules) visit(mod, mod.path);
      },
    },
  ],
};
