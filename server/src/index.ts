export { ConfigError, loadConfig, type LogLevel, type WerkbordConfig } from './config.js';
export { createLogger, type Logger } from './log.js';
export { openApiDocument } from './http/openapi/openApiDocument.js';
export { createWerkbordServer, type WerkbordServer, type WerkbordServerOptions } from './server.js';
export { SqliteStorage } from './storage/SqliteStorage.js';
export type {
  BoardRecord,
  DocumentUpdate,
  Storage,
  StoredDocument,
  TokenRecord,
} from './storage/Storage.js';
