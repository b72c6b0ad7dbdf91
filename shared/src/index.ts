export * from './api.js';
export * from './closeCodes.js';
export * from './documents.js';
export * from './i18n.js';
export * from './roles.js';
export * from './rooms.js';
export type { Werkvorm } from './werkvormen/Werkvorm.js';
export { WERKVORMEN, findWerkvorm } from './werkvormen/registry.js';
