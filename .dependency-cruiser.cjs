/**
 * The server's import graph, checked by `pnpm lint` (dependency-cruiser): no import cycles in
 * `server/` and `shared/` (type-only imports count too), and the relay core knows no feature.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules that import each other cannot be read, tested or moved one at a time.',
      from: { path: '^(server|shared)/src/' },
      to: { circular: true },
    },
    {
      name: 'relay-core-knows-no-feature',
      severity: 'error',
      comment:
        'Features plug into the relay through RelayExtension and are listed in server.ts; ' +
        'server/src/relay/ never imports them.',
      // Its tests may run the core with real extensions.
      from: { path: '^server/src/relay/', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/src/extensions/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    // TypeScript's own resolution: sources import `./x.js` for `./x.ts`.
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
