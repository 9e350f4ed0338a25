import { z } from 'zod';

export const datasetSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    type: z.enum(['collection', 'source']),
    load: z.boolean(),
    children: z.array(z.string()),
    version: z.string().nullable(),
    updated_at: z.string().nullable(),
    index_current: z.boolean(),
    format: z.string().nullable(),
    entity_count: z.number().int(),
    target_count: z.number().int(),
  })
  .meta({ id: 'Dataset' });

export const catalogResponseSchema = z
  .object({ datasets: z.array(datasetSchema), current: z.array(z.string()), outdated: z.array(z.string()), index_stale: z.boolean() })
  .meta({ id: 'DataCatalogModel' });

export const featureDocSchema = z.object({ description: z.string(), coefficient: z.number(), url: z.string() }).meta({ id: 'FeatureDoc' });

export const algorithmsResponseSchema = z
  .object({
    algorithms: z.array(z.object({ name: z.string(), description: z.string(), features: z.record(z.string(), featureDocSchema) })),
    default: z.string(),
    best: z.string(),
  })
  .meta({ id: 'AlgorithmResponse' });
