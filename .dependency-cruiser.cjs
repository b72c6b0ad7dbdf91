/**
 * The server's import graph, checked by `pnpm lint` (dependency-cruiser): no import cycles in
 * `server/` and `shared/` (type-only imports count too), the relay core knows no feature, and the
 * relay's per-message core does not reach into the modules that run it.
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
    {
      name: 'relay-core-knows-not-what-runs-it',
      severity: 'error',
      comment:
        'The per-message core (sockets, admission, room, connection, protocol, writer, registry) ' +
        'is driven by Relay, RoomLifecycle and Heartbeat and never reaches back into them, so ' +
        'room lifecycle, compaction, pings and shutdown stay out of the path every message takes.',
      from: {
        path: '^server/src/relay/(Sockets|admission|Room|RoomOutbox|Connection|protocol|UpdateWriter|RoomRegistry)\\.ts$',
      },
      to: {
        path: '^server/src/relay/(Relay|RoomLifecycle|Heartbeat|Compactor|storedDocument)\\.ts$',
      },
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
