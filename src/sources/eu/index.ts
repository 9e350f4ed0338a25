export { euJournalCsvAdapter } from './eu-journal-csv-adapter.js';
export { euFsfXmlAdapter } from './eu-fsf-xml-adapter.js';
