// Read by `custom-elements-manifest analyze` (npm run build:manifest).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/**/*.styles.ts'],
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
  ],
};
