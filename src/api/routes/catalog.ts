import type { Hono, MiddlewareHandler } from 'hono';
import { DEFAULT_THRESHOLD } from '../../match/index.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { listDatasets } from '../datasets.js';
import { ALGORITHM_NAMES, DEFAULT_ALGORITHM } from '../schemas/match.js';

const DOCS_URL = 'https://github.com/vigil/vigil#matching';

/** The features of Vigil's scorer with their largest effect on a score (README, "Matching"). */
const FEATURES: Record<string, { description: string; coefficient: number; url: string }> = {
  name: {
    description:
      'Names compared word by word in any order, across scripts, weighed by rarity; fuzzy pairs count for their similarity. Held below the threshold (the explanation says why) when one word alone met, when a person meets only the given names or only the surname a list marks (capitals, or before a comma), when numbers or middle initials differ, or when an organisation’s name has a number the other lacks.',
    coefficient: 1,
    url: DOCS_URL,
  },
  weakAlias: { description: "Weak aliases (OFAC's a.k.a. in remarks, UN low-quality names) count only when equal.", coefficient: 1, url: DOCS_URL },
  identifier: { description: 'An equal identifier (passport, national ID, INN, OGRN, IMO, LEI, SWIFT/BIC, registration number, wallet) settles a match.', coefficient: 0.99, url: DOCS_URL },
  birthDate: { description: 'Exact date +0.08, same year +0.04, day and month swapped +0.05, same year other day -0.12, a year apart with another day too -0.12, more than a year apart -0.35.', coefficient: 0.08, url: DOCS_URL },
  country: { description: 'A shared country +0.02, none shared -0.06.', coefficient: 0.02, url: DOCS_URL },
  gender: { description: 'A different gender -0.25.', coefficient: -0.25, url: DOCS_URL },
  schema: { description: 'A person never matches an organisation, vessel or aircraft.', coefficient: -1, url: DOCS_URL },
};

/** `GET /catalog` (the datasets in service) and `GET /algorithms` (yente's names, all running Vigil's scorer). */
export function registerCatalogRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.get('/catalog', guard('screener'), async (c) => {
    const datasets = (await listDatasets(ctx)).map((d) => ({ ...d, load: true, index_current: ctx.matcher.ready }));
    return c.json({ datasets, current: datasets.map((d) => d.name), outdated: [], index_stale: !ctx.matcher.ready });
  });

  app.get('/algorithms', guard('screener'), (c) => {
    const algorithms = ALGORITHM_NAMES.map((name) => ({
      name,
      description:
        name === 'vigil-v1'
          ? `Vigil's scorer: name comparison across scripts plus date of birth, country, gender and identifiers; match at ${DEFAULT_THRESHOLD}.`
          : `Accepted for yente compatibility: runs Vigil's scorer (vigil-v1).`,
      features: FEATURES,
    }));
    return c.json({ algorithms, default: DEFAULT_ALGORITHM, best: DEFAULT_ALGORITHM });
  });
}
