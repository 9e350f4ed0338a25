export { ofacCsvAdapter } from './ofac-csv-adapter.js';
export { ofacXmlAdapter } from './ofac-xml-adapter.js';
