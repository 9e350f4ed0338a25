import type { FeatureExplanation, MatchResult } from '../match/index.js';
import type { Entity } from '../model/index.js';
import type { EntityChange } from '../store/index.js';
import type { EntityResponse } from './schemas/common.js';
import type { ScoredEntityResponse } from './schemas/match.js';

/** An entity in yente's EntityResponse shape. */
export function toEntityResponse(entity: Entity): EntityResponse {
  return {
    id: entity.id,
    caption: entity.caption,
    schema: entity.schema,
    properties: entity.properties,
    datasets: entity.datasets,
    referents: entity.referents,
    target: entity.target,
    first_seen: entity.first_seen,
    last_seen: entity.last_seen,
    last_change: entity.last_change,
  };
}

function explanationText(e: FeatureExplanation): string {
  const values = e.queryValue !== undefined ? `${JSON.stringify(e.queryValue)} ~ ${JSON.stringify(e.listedValue ?? '')}: ` : '';
  return `${values}${e.detail}`;
}

/**
 * A scored result in yente's ScoredEntityResponse shape: `features` (name -> value) and
 * `explanations` (name -> {score, explanation}); a feature met twice gets `_2`, `_3`, ...
 * Warnings about the query (a cut name) are added as a `query` explanation with score 0.
 */
export function toScoredResponse(result: MatchResult, warnings: readonly string[]): ScoredEntityResponse {
  const explanations: ScoredEntityResponse['explanations'] = {};
  for (const e of result.explanations) {
    let key = e.feature;
    for (let n = 2; key in explanations; n++) key = `${e.feature}_${n}`;
    explanations[key] = { score: e.effect, explanation: explanationText(e) };
  }
  if (warnings.length > 0) explanations['query'] = { score: 0, explanation: warnings.join('; ') };
  return { ...toEntityResponse(result.entity), score: result.score, match: result.match, features: result.features, explanations };
}

export function toChangeResponse(change: EntityChange) {
  return {
    version_id: change.versionId,
    source: change.source,
    entity_id: change.entityId,
    schema: change.schema,
    caption: change.caption,
    target: change.target,
    kind: change.kind,
    diff: change.diff,
    at: change.at,
  };
}
