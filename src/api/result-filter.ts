import type { Entity } from '../model/index.js';
import type { DatasetScope } from './datasets.js';

/** The filters yente's /match and /search share, applied to each result entity. */
export interface ResultFilterOptions {
  scope: DatasetScope;
  includeDatasets?: readonly string[] | undefined;
  excludeDatasets?: readonly string[] | undefined;
  excludeSchemata?: readonly string[] | undefined;
  topics?: readonly string[] | undefined;
  countries?: readonly string[] | undefined;
  changedSince?: string | undefined;
  excludeIds?: readonly string[] | undefined;
}

/** Properties that tie a party to a country, as yente's `countries` filter reads them. */
export const COUNTRY_PROPS = ['country', 'nationality', 'citizenship', 'jurisdiction', 'birthCountry', 'flag', 'mainCountry'] as const;

export function countriesOf(entity: Entity): string[] {
  return [...new Set(COUNTRY_PROPS.flatMap((p) => entity.properties[p] ?? []).map((c) => c.toLowerCase()))];
}

const nonEmpty = (list: readonly string[] | undefined): list is readonly string[] => list !== undefined && list.length > 0;

export function buildResultFilter(options: ResultFilterOptions): (entity: Entity) => boolean {
  const { scope, includeDatasets, excludeDatasets, excludeSchemata, topics, countries, changedSince, excludeIds } = options;
  const excluded = new Set(excludeIds ?? []);
  const wantedCountries = nonEmpty(countries) ? new Set(countries.map((c) => c.toLowerCase())) : undefined;
  return (entity) => {
    if (!scope.includes(entity)) return false;
    if (excluded.has(entity.id)) return false;
    if (nonEmpty(includeDatasets) && !entity.datasets.some((d) => includeDatasets.includes(d))) return false;
    if (nonEmpty(excludeDatasets) && entity.datasets.every((d) => excludeDatasets.includes(d))) return false;
    if (nonEmpty(excludeSchemata) && excludeSchemata.includes(entity.schema)) return false;
    if (nonEmpty(topics) && !(entity.properties['topics'] ?? []).some((t) => topics.includes(t))) return false;
    if (wantedCountries && !countriesOf(entity).some((c) => wantedCountries.has(c))) return false;
    if (changedSince !== undefined && entity.last_change < changedSince) return false;
    return true;
  };
}
