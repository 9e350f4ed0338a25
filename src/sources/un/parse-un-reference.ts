/**
 * A UN REFERENCE_NUMBER: two letters for the sanctions regime (QD = ISIL/Al-Qaida, KP = DPRK,
 * CD = DRC, TA = Taliban, ...), `i` for an individual or `e` for an entity, then a serial number:
 * `QDi.430`, `KPe.001`.
 */
const REFERENCE = /^([A-Z]{2})[ie]\.\d+$/;

/** The same numbers where listing comments cite other parties: "Jemaah Islamiyah (QDe.092)". */
const CITED_REFERENCE = /\b[A-Z]{2}[ie]\.\d{3,}\b/g;

/** The regime letters of a reference number (`QD` for `QDi.430`), or undefined when it has another shape. */
export function unRegimeCode(reference: string): string | undefined {
  return REFERENCE.exec(reference)?.[1];
}

/** The reference numbers a text cites, each once, in order. */
export function findCitedReferences(text: string): string[] {
  return [...new Set(text.match(CITED_REFERENCE) ?? [])];
}
