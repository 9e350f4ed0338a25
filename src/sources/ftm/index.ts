export { ftmJsonAdapter } from './ftm-json-adapter.js';
