/** Entry point: configuration from the environment, start, and a graceful stop on SIGTERM/SIGINT. */
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { createWerkbordServer } from './server.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const log = createLogger(config.logLevel);
let server;
try {
  server = createWerkbordServer(config, { logger: log });
  const { url, metricsPort } = await server.listen();
  log.info(
    {
      url,
      metricsPort,
      // The database URL holds a password: only which storage it is.
      storage: config.databaseUrl === null ? 'sqlite' : 'postgresql',
      dataDir: config.dataDir,
      clientDir: config.clientDir,
    },
    `Werkbord draait op ${url}`,
  );
} catch (error) {
  log.fatal({ err: error }, 'server could not start');
  process.exit(1);
}

const running = server;
const stop = (signal: NodeJS.Signals) => {
  log.info({ signal }, 'shutting down');
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.fatal({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
