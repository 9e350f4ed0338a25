import { entityId, PropertyBag, type SourceEntity } from '../../model/index.js';
import type { ParseContext } from '../types.js';
import { unPartyId } from './map-un-party.js';
import { findCitedReferences } from './parse-un-reference.js';

interface Citation {
  from: string;
  to: string;
  line: number;
}

/**
 * Listing comments cite other listed parties by reference number ("a senior leader of Jemaah
 * Islamiyah (QDe.092)"). A cited party may come later in the file, so citations are kept while
 * the file streams and turned into UnknownLinks at the end, when every reference is known.
 */
export class UnLinkCollector {
  private readonly citations: Citation[] = [];
  private readonly listed = new Set<string>();

  /** Notes a listed party and the references its comments cite (itself excepted). */
  addParty(reference: string, comments: string | undefined, line: number): void {
    this.listed.add(reference);
    for (const to of findCitedReferences(comments ?? '')) {
      if (to !== reference) this.citations.push({ from: reference, to, line });
    }
  }

  /** An UnknownLink per citation of a listed party; an `unresolved-link` issue per citation of anything else. */
  *links(file: string, ctx: ParseContext): Generator<SourceEntity> {
    for (const { from, to, line } of this.citations) {
      if (!this.listed.has(to)) {
        ctx.issue({ code: 'unresolved-link', file, line, from: unPartyId(from), value: to });
        continue;
      }
      const properties = new PropertyBag()
        .add('subject', unPartyId(from))
        .add('object', unPartyId(to))
        .add('role', 'mentioned in listing')
        .toProperties();
      yield { id: entityId(`un-link-${from}-${to}`), schema: 'UnknownLink', properties, target: false };
    }
  }
}
