import { euFsfXmlAdapter, euJournalCsvAdapter } from './eu/index.js';
import { ftmJsonAdapter } from './ftm/index.js';
import { ofacCsvAdapter, ofacXmlAdapter } from './ofac/index.js';
import { ownershipCsvAdapter, ownershipFtmAdapter } from './ownership/index.js';
import type { SourceAdapter, SourceFormat } from './types.js';
import { ukCsvAdapter, ukTablesAdapter } from './uk/index.js';
import { unXmlAdapter } from './un/index.js';

/** Every list format Vigil reads: the one place that maps a format id to its adapter. */
export const ADAPTERS: Readonly<Record<SourceFormat, SourceAdapter>> = {
  'ofac-csv': ofacCsvAdapter,
  'ofac-xml': ofacXmlAdapter,
  'un-xml': unXmlAdapter,
  'eu-fsf-xml': euFsfXmlAdapter,
  'eu-journal-csv': euJournalCsvAdapter,
  'uk-csv': ukCsvAdapter,
  'uk-tables': ukTablesAdapter,
  'ftm-json': ftmJsonAdapter,
  'ownership-csv': ownershipCsvAdapter,
  'ownership-ftm': ownershipFtmAdapter,
};

export * from './types.js';
export { DownloadError, downloadFile, type Downloaded } from './fetch/download-file.js';
