// Read by `custom-elements-manifest analyze` (npm run build:manifest).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // `dispatchEvent(new FavoritesChangeEvent(…))` is also read as an event without a name, and
      // `new WeErrorEvent(message, …)` as one named after its first argument; the JSDoc `@fires` entries name and
      // describe every event, so an event without a description is one of those.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.description);
      },
    },
  ],
};
