export { ownershipCsvAdapter, ownershipPartyId } from './ownership-csv-adapter.js';
export { ownershipFtmAdapter } from './ownership-ftm-adapter.js';
export { readOwnershipRows, readOwnershipParty, describeParty, type OwnershipRow, type OwnershipParty } from './read-ownership-rows.js';
export { readOwnershipFtm, type FtmHolding, type OwnershipFtm } from './read-ownership-ftm.js';
