export { ConfigError, loadConfig, type LogLevel, type WerkbordConfig } from './config.js';
export { createLogger, type Logger } from './log.js';
export { openApiDocument } from './http/openapi/openApiDocument.js';
export { createWerkbordServer, type WerkbordServer, type WerkbordServerOptions } from './server.js';
export { PostgresStorage } from './storage/PostgresStorage.js';
export { SqliteStorage } from './storage/SqliteStorage.js';
export {
  type BoardRecord,
  type DocumentUpdate,
  type Fence,
  StaleOwnerError,
  type Storage,
  type StoredDocument,
  type TokenRecord,
} from './storage/Storage.js';
