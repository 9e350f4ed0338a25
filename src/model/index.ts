export * from './schema.js';
export * from './entity.js';
export * from './properties.js';
export * from './caption.js';
export * from './dates.js';
export * from './countries.js';
export * from './percentage.js';
