export { ownershipCsvAdapter, ownershipPartyId } from './ownership-csv-adapter.js';
export { readOwnershipRows, readOwnershipParty, describeParty, type OwnershipRow, type OwnershipParty } from './read-ownership-rows.js';
