import { describeOwnershipBlock } from '../graph/index.js';
import type { FeatureExplanation, MatchResult } from '../match/index.js';
import type { Entity } from '../model/index.js';
import type { EntityChange, OwnershipBlock } from '../store/index.js';
import type { EntityResponse } from './schemas/common.js';
import type { OwnershipBlockResponse, ScoredEntityResponse } from './schemas/match.js';

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

/** A block as /match gives it, with the captions of the owners and its one-line explanation. */
export function toOwnershipBlockResponse(block: OwnershipBlock, captions: ReadonlyMap<string, string>): OwnershipBlockResponse {
  return {
    rule: block.rule,
    aggregation: block.aggregation,
    total_percent: block.totalPercent,
    owners: block.owners.map((o) => {
      const caption = captions.get(o.owner);
      return { id: o.owner, ...(caption !== undefined ? { caption } : {}), percentage: o.percentage, status: o.ownerStatus };
    }),
    paths: block.paths,
    explanation: describeOwnershipBlock(block, captions),
  };
}

/**
 * A scored result in yente's ScoredEntityResponse shape: `features` (name -> value) and
 * `explanations` (name -> {score, explanation}); a feature met twice gets `_2`, `_3`, ...
 * Warnings about the query (a cut name) are added as a `query` explanation with score 0, and each
 * ownership rule that blocks the entity as an `ownership_<rule>` explanation with score 0 (beside
 * the `blocked_by_ownership` field).
 */
export function toScoredResponse(result: MatchResult, warnings: readonly string[], blocks: readonly OwnershipBlockResponse[] = []): ScoredEntityResponse {
  const explanations: ScoredEntityResponse['explanations'] = {};
  for (const e of result.explanations) {
    let key = e.feature;
    for (let n = 2; key in explanations; n++) key = `${e.feature}_${n}`;
    explanations[key] = { score: e.effect, explanation: explanationText(e) };
  }
  if (warnings.length > 0) explanations['query'] = { score: 0, explanation: warnings.join('; ') };
  for (const block of blocks) explanations[`ownership_${block.rule.replaceAll('-', '_')}`] = { score: 0, explanation: block.explanation };
  return {
    ...toEntityResponse(result.entity),
    score: result.score,
    match: result.match,
    features: result.features,
    explanations,
    ...(blocks.length > 0 ? { blocked_by_ownership: [...blocks] } : {}),
  };
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
