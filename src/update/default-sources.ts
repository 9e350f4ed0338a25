import type { SourcesConfig } from './config.js';

/**
 * The official lists, from the publishers' own download addresses, named as OpenSanctions names
 * them so that yente clients find the datasets they expect. `vigil update` uses this when no
 * `--config` is given; `--from DIR` reads the same file names from a folder instead.
 */
export const DEFAULT_SOURCES: SourcesConfig = {
  file: null,
  sources: [
    {
      name: 'us_ofac_sdn',
      format: 'ofac-csv',
      title: 'OFAC Specially Designated Nationals (SDN) List',
      url: 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/sdn.csv',
    },
    {
      name: 'us_ofac_cons',
      format: 'ofac-csv',
      title: 'OFAC Consolidated (non-SDN) Sanctions List',
      url: 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/cons_prim.csv',
    },
    {
      name: 'un_sc_sanctions',
      format: 'un-xml',
      title: 'UN Security Council Consolidated List',
      url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
    },
    {
      name: 'eu_fsf',
      format: 'eu-fsf-xml',
      title: 'EU Financial Sanctions File (FSF)',
      url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
    },
    {
      name: 'gb_fcdo_sanctions',
      format: 'uk-csv',
      title: 'UK Sanctions List (FCDO)',
      url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv',
    },
  ],
};

/**
 * The local file name of a download: the URL's last path segment, except where the publisher
 * serves the file from a generic endpoint (the EU FSF's `content?token=`).
 */
export function officialFileName(url: string): string {
  const { pathname } = new URL(url);
  if (pathname.endsWith('/xmlFullSanctionsList_1_1/content')) return 'xmlFullSanctionsList_1_1.xml';
  return decodeURIComponent(pathname.split('/').pop() || 'download');
}
