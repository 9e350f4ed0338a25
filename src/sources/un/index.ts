export { unXmlAdapter } from './un-xml-adapter.js';
