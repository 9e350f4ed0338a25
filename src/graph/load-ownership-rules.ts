import type { Entity } from '../model/index.js';
import { EU_OWNERSHIP_RULE, OFAC_FIFTY_PERCENT_RULE, applyOwnershipRule, type OwnershipRuleResult, type RuleOptions } from './fifty-percent-rule.js';
import { buildOwnershipGraph, type BuildGraphOptions } from './ownership-graph.js';

/** Both ownership rules over one graph of every entity in service. */
export interface OwnershipRules {
  ofac: OwnershipRuleResult;
  eu: OwnershipRuleResult;
}

/** Builds the graph from every entity and applies the OFAC and the EU rule to it. */
export async function loadOwnershipRules(entities: AsyncIterable<Entity>, options: BuildGraphOptions & RuleOptions = {}): Promise<OwnershipRules> {
  const graph = await buildOwnershipGraph(entities, options);
  return { ofac: applyOwnershipRule(graph, OFAC_FIFTY_PERCENT_RULE, options), eu: applyOwnershipRule(graph, EU_OWNERSHIP_RULE, options) };
}
