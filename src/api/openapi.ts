import { z } from 'zod';
import { batchBodySchema, batchJobSchema, batchParamsSchema, batchResultsSchema } from './schemas/batch.js';
import { changesParamsSchema, changesResponseSchema, updateParamsSchema, updateResponseSchema } from './schemas/admin.js';
import { algorithmsResponseSchema, catalogResponseSchema } from './schemas/catalog.js';
import { entityResponseSchema, errorResponseSchema, statusResponseSchema } from './schemas/common.js';
import { adjacentParamsSchema, entityAdjacentResponseSchema, entityHistoryResponseSchema, entityParamsSchema } from './schemas/entities.js';
import { apiKeyListSchema, apiKeySchema, createApiKeyBodySchema, createdApiKeySchema } from './schemas/keys.js';
import { matchBodySchema, matchParamsSchema, matchResponseSchema } from './schemas/match.js';
import { networkParamsSchema, networkResponseSchema } from './schemas/network.js';
import { ownershipImportResponseSchema, ownershipParamsSchema, ownershipUploadSchema } from './schemas/ownership.js';
import { searchParamsSchema, searchResponseSchema } from './schemas/search.js';
import { scanBodySchema, scanParamsSchema, scanResponseSchema } from './schemas/scan.js';
import { scanPaymentBodySchema, scanPaymentParamsSchema, scanPaymentResponseSchema } from './schemas/scan-payment.js';

/**
 * The OpenAPI 3.1 document of the API, built from the same zod schemas the routes validate with.
 * Every route of the app has an entry here; `test/api-data.test.ts` checks that none is missing.
 * @module
 */

type Schema = z.ZodType;

interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  description: string;
  tag: string;
  pathParams?: Record<string, string>;
  query?: z.ZodObject;
  body?: Schema;
  /** Media type of the body and of the success response, when not JSON. */
  bodyType?: string;
  okType?: string;
  ok: { status: number; description: string; schema: Schema };
  errors: number[];
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid query (names the field)',
  401: 'No API key, or an unknown or revoked one',
  403: "The API key's role may not call this route",
  404: 'Not found',
  409: 'An update is already running',
  413: 'Body larger than the limit',
  422: 'Wrong types or values (names the field)',
  503: 'Index not loaded yet, or the request ran past its time limit',
};

/** Routes that need no API key, and routes that need the admin role (the rest need screener). */
const OPEN_PATHS = new Set(['/healthz', '/readyz']);
const ADMIN_PATHS = new Set(['/keys', '/keys/{id}', '/updatez', '/ownership']);

const DATASET = { dataset: 'default (every list), sanctions, or a source name such as us_ofac_sdn (see /catalog)' };
const ENTITY_ID = { id: 'An entity id, e.g. ofac-22543' };
const BATCH_ID = { id: 'A batch job id, as POST /batch answers it' };

export const ROUTE_DOCS: RouteDoc[] = [
  {
    method: 'post', path: '/scan', tag: 'Matching', summary: 'Find listed parties in a text',
    description: 'Finds the listed parties and the sanctioned jurisdictions that a document (an article, a report) mentions: each mention with its character span in the text as sent, the listed entity, a score, a confidence and an explanation; each jurisdiction with the programmes that cover it. Send JSON `{"text": "...", "threshold": 0.7}` or the text itself as `text/plain`. At most 500,000 characters (413 beyond); an empty text or another content type is a 400.',
    query: scanParamsSchema, body: scanBodySchema,
    ok: { status: 200, description: 'Mentions in text order', schema: scanResponseSchema }, errors: [400, 413, 422, 503],
  },
  {
    method: 'post', path: '/scan/payment', tag: 'Matching', summary: 'Screen a payment message',
    description: 'Screens an ISO 20022 pacs.008 or pain.001 message or a SWIFT MT103: every party and agent (by name, BIC, LEI, identifiers, birth date) with its FtM schema, every country field against the jurisdictions programmes cover, and the free-text fields (remittance information, :70:, :72:). Send the message as it is (`application/xml`, `text/plain`) or as JSON `{"message": "..."}`; the format is detected. Answers per field with where it was read (XML path or MT tag and line). A body that is not a message is a 400, a message with a missing or bad field a 422, each naming the field and line.',
    query: scanPaymentParamsSchema, body: scanPaymentBodySchema,
    ok: { status: 200, description: 'What matched, per field', schema: scanPaymentResponseSchema }, errors: [400, 413, 422, 503],
  },
  {
    method: 'post', path: '/match/{dataset}', tag: 'Matching', summary: 'Query by example matcher',
    description: 'Screens up to 1,000 queries, each an entity example `{schema, properties}`; property values may be a string or a list. Answers per query key with the scored results, best first.',
    pathParams: DATASET, query: matchParamsSchema, body: matchBodySchema,
    ok: { status: 200, description: 'Results per query', schema: matchResponseSchema }, errors: [400, 404, 413, 422, 503],
  },
  {
    method: 'get', path: '/search/{dataset}', tag: 'Matching', summary: 'Name search',
    description: 'Searches the listed parties by name (with the matcher), filtered and paged, with facet counts.',
    pathParams: DATASET, query: searchParamsSchema,
    ok: { status: 200, description: 'Search results', schema: searchResponseSchema }, errors: [400, 404, 422, 503],
  },
  {
    method: 'get', path: '/entities/{id}', tag: 'Data access', summary: 'One entity',
    description: 'An entity with data from every list; with `nested=true` (the default) its sanctions, links and records are included under FtM property names (`sanctions`, `ownershipAsset`, `unknownLinkObject`, ...).',
    pathParams: ENTITY_ID, query: entityParamsSchema,
    ok: { status: 200, description: 'The entity', schema: entityResponseSchema }, errors: [404, 422],
  },
  {
    method: 'get', path: '/entities/{id}/adjacent', tag: 'Data access', summary: 'Entities around one entity',
    description: 'The entities an entity points at and those that point at it, grouped by property.',
    pathParams: ENTITY_ID, query: adjacentParamsSchema,
    ok: { status: 200, description: 'The entity and its neighbours', schema: entityAdjacentResponseSchema }, errors: [404, 422],
  },
  {
    method: 'get', path: '/entities/{id}/history', tag: 'Data access', summary: 'Changes to one entity',
    description: 'Every recorded change to the entity: added, changed (with values gained and lost) and removed, per source version.',
    pathParams: ENTITY_ID,
    ok: { status: 200, description: 'The changes, oldest first', schema: entityHistoryResponseSchema }, errors: [404],
  },
  {
    method: 'get', path: '/entities/{id}/network', tag: 'Data access', summary: 'Network of one entity',
    description: "The entity's neighbourhood to `depth` hops over the relation kinds asked for (ownership, unknownlink, family, ...), each edge with its kind, datasets, dates and percentage, and each entity with whether it is listed or blocked by OFAC's 50% rule or the EU's majority-ownership rule (total share, owners and paths to listed parties).",
    pathParams: ENTITY_ID, query: networkParamsSchema,
    ok: { status: 200, description: 'The neighbourhood', schema: networkResponseSchema }, errors: [404, 422],
  },
  {
    method: 'post', path: '/batch', tag: 'Matching', summary: 'Screen a CSV file',
    description: 'Starts screening an uploaded CSV (header line, one party per row, columns as `vigil screen --file` reads them) in the background and answers with the job; poll `GET /batch/{id}`. Jobs are kept in memory for an hour.',
    query: batchParamsSchema, body: batchBodySchema, bodyType: 'text/csv',
    ok: { status: 202, description: 'The job, running', schema: batchJobSchema }, errors: [400, 409, 413, 422, 503],
  },
  {
    method: 'get', path: '/batch/{id}', tag: 'Matching', summary: 'Batch job progress',
    description: 'Rows done out of the total, matches and errors so far, and the status (running, done, failed).',
    pathParams: BATCH_ID,
    ok: { status: 200, description: 'The job', schema: batchJobSchema }, errors: [404],
  },
  {
    method: 'get', path: '/batch/{id}/results.csv', tag: 'Matching', summary: 'Batch job results',
    description: 'The results of a finished job as CSV: per row the best score, the number of matches and up to three matches with lists, programmes and reasons, or the row\'s error.',
    pathParams: BATCH_ID, okType: 'text/csv',
    ok: { status: 200, description: 'The results file', schema: batchResultsSchema }, errors: [404, 409],
  },
  {
    method: 'get', path: '/catalog', tag: 'System information', summary: 'Datasets',
    description: 'The datasets in service: default, sanctions and one per source, with version and entity counts.',
    ok: { status: 200, description: 'The catalog', schema: catalogResponseSchema }, errors: [],
  },
  {
    method: 'get', path: '/algorithms', tag: 'System information', summary: 'Scoring algorithms',
    description: "The algorithm names accepted (yente's, all running Vigil's scorer) and the scorer's features.",
    ok: { status: 200, description: 'The algorithms', schema: algorithmsResponseSchema }, errors: [],
  },
  {
    method: 'get', path: '/changes', tag: 'Data access', summary: 'Designation changes',
    description: 'Designations added, removed and changed since a date, with the property values gained and lost.',
    query: changesParamsSchema,
    ok: { status: 200, description: 'The changes', schema: changesResponseSchema }, errors: [422],
  },
  {
    method: 'post', path: '/ownership', tag: 'Data access', summary: 'Import ownership data',
    description: "Imports the body as an ownership source (admin): CSV `owner,asset,percentage[,start,end]` (text/csv) or FtM JSON lines of Ownership entities and the parties they name (application/x-ndjson). Checked in full first: a bad line (percentage not a number, negative or over 100, a bad date, a missing owner or asset, an asset's current holdings over 100%) is a 422 naming each line, and nothing is imported. Then OFAC's 50% rule and the EU's rule are recomputed (status changes appear in /changes as blocked-by-ownership) and the screening index is rebuilt.",
    query: ownershipParamsSchema, body: ownershipUploadSchema, bodyType: 'text/csv',
    ok: { status: 200, description: 'The import and the rules after it', schema: ownershipImportResponseSchema }, errors: [400, 409, 413, 422],
  },
  {
    method: 'post', path: '/updatez', tag: 'System information', summary: 'Reload the lists',
    description: 'Updates every configured source (a failed source keeps its previous version), then builds a new index and swaps it in; queries keep being answered meanwhile.',
    query: updateParamsSchema,
    ok: { status: 202, description: 'Update started (200 with the summary when sync=true)', schema: updateResponseSchema }, errors: [409, 422],
  },
  {
    method: 'get', path: '/keys', tag: 'Access', summary: 'API keys',
    description: 'Every API key with its role, label and dates; never the key itself (only its hash is stored).',
    ok: { status: 200, description: 'The keys', schema: apiKeyListSchema }, errors: [],
  },
  {
    method: 'post', path: '/keys', tag: 'Access', summary: 'Create an API key',
    description: 'Creates a key with a role (screener or admin) and answers with the key in clear: the only time it is shown.',
    body: createApiKeyBodySchema,
    ok: { status: 201, description: 'The new key', schema: createdApiKeySchema }, errors: [400, 422],
  },
  {
    method: 'delete', path: '/keys/{id}', tag: 'Access', summary: 'Revoke an API key',
    description: 'Revokes a key; servers refuse it within a few seconds. Revoking a revoked key keeps its first revocation date.',
    pathParams: { id: 'The key id, as GET /keys lists it (key_...)' },
    ok: { status: 200, description: 'The revoked key', schema: apiKeySchema }, errors: [404],
  },
  {
    method: 'get', path: '/healthz', tag: 'System information', summary: 'Liveness',
    description: 'Answers while the process runs.',
    ok: { status: 200, description: 'Alive', schema: statusResponseSchema }, errors: [],
  },
  {
    method: 'get', path: '/readyz', tag: 'System information', summary: 'Readiness',
    description: 'Answers 503 until the screening index is built.',
    ok: { status: 200, description: 'Ready', schema: statusResponseSchema }, errors: [503],
  },
  {
    method: 'get', path: '/openapi.json', tag: 'System information', summary: 'This document',
    description: 'The OpenAPI 3.1 description of the API.',
    ok: { status: 200, description: 'OpenAPI document', schema: z.record(z.string(), z.unknown()) }, errors: [],
  },
  {
    method: 'get', path: '/docs', tag: 'System information', summary: 'API documentation page',
    description: 'This document as a readable HTML page.',
    ok: { status: 200, description: 'HTML page', schema: z.string() }, errors: [],
  },
];

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: Schema, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, $id: _id, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** A component reference when the schema has an id, else the schema inline. */
function schemaOrRef(schema: Schema, io: 'input' | 'output'): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  return id !== undefined && io === 'output' ? { $ref: `#/components/schemas/${id}` } : jsonSchema(schema, io);
}

function parameters(route: RouteDoc): JsonSchema[] {
  const params: JsonSchema[] = Object.entries(route.pathParams ?? {}).map(([name, description]) => ({
    name, in: 'path', required: true, description, schema: { type: 'string' },
  }));
  for (const [name, field] of Object.entries(route.query?.shape ?? {})) {
    const schema = jsonSchema(field as Schema, 'input');
    const { description, ...rest } = schema;
    const repeated = Array.isArray(schema['anyOf']);
    params.push({
      name, in: 'query', required: !(field as Schema).safeParse(undefined).success,
      ...(description !== undefined ? { description } : {}),
      schema: repeated ? { type: 'array', items: { type: 'string' } } : rest,
      ...(repeated ? { explode: true, style: 'form' } : {}),
    });
  }
  return params;
}

/** The OpenAPI 3.1 document. */
export function buildOpenApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of ROUTE_DOCS) {
    const responses: Record<string, JsonSchema> = {
      [route.ok.status]: {
        description: route.ok.description,
        content: route.path === '/docs' ? { 'text/html': { schema: { type: 'string' } } } : { [route.okType ?? 'application/json']: { schema: schemaOrRef(route.ok.schema, 'output') } },
      },
    };
    const open = OPEN_PATHS.has(route.path);
    for (const status of open ? route.errors : [401, ...(ADMIN_PATHS.has(route.path) ? [403] : []), ...route.errors]) {
      responses[status] = { description: ERROR_TEXT[status] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } } };
    }
    (paths[route.path] ??= {})[route.method] = {
      summary: route.summary,
      description: route.description,
      tags: [route.tag],
      ...(open ? { security: [] } : {}),
      parameters: parameters(route),
      ...(route.body ? { requestBody: { required: true, content: { [route.bodyType ?? 'application/json']: { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses,
    };
  }
  const components = z.toJSONSchema(z.globalRegistry, { io: 'output', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  const schemas = Object.fromEntries(
    Object.entries(components.schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]),
  );
  // Referenced by the error responses even when no route's success schema uses it.
  schemas['ErrorResponse'] ??= jsonSchema(errorResponseSchema, 'output');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigil screening API',
      version,
      description: "Sanctions screening against the official lists. Paths, parameters and response shapes follow OpenSanctions' yente, so yente clients work unchanged.",
    },
    paths,
    security: [{ ApiKey: [] }, { Bearer: [] }],
    components: {
      schemas,
      securitySchemes: {
        ApiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`Authorization: ApiKey <key>`, as yente clients send it; make a key with `vigil keys create`.' },
        Bearer: { type: 'http', scheme: 'bearer', description: 'The same key as `Authorization: Bearer <key>`.' },
      },
    },
  };
}
