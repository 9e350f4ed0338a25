export { ukTablesAdapter } from './uk-tables-adapter.js';
export { ukCsvAdapter } from './uk-csv-adapter.js';
