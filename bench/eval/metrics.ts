/**
 * Binary-classification metrics for the evaluation sets: one confusion type and the figures
 * derived from it. Every evaluation module uses these; there is no second copy.
 */

/** Counts of a labelled run: true/false positives and negatives. */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** A labelled prediction: what the gold data says and what the scorer said. */
export interface LabelledPrediction {
  expected: boolean;
  predicted: boolean;
}

/** A labelled score, to be cut at a threshold. */
export interface LabelledScore {
  expected: boolean;
  score: number;
}

export const EMPTY_CONFUSION: Readonly<Confusion> = { tp: 0, fp: 0, tn: 0, fn: 0 };

export function confusionOf(predictions: Iterable<LabelledPrediction>): Confusion {
  const c = { ...EMPTY_CONFUSION };
  for (const { expected, predicted } of predictions) {
    if (expected && predicted) c.tp += 1;
    else if (!expected && predicted) c.fp += 1;
    else if (!expected && !predicted) c.tn += 1;
    else c.fn += 1;
  }
  return c;
}

/** Confusion of scores cut at `threshold` (a score at or above it is a predicted match). */
export function confusionAt(scores: Iterable<LabelledScore>, threshold: number): Confusion {
  const predictions: LabelledPrediction[] = [];
  for (const s of scores) predictions.push({ expected: s.expected, predicted: s.score >= threshold });
  return confusionOf(predictions);
}

export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn };
}

export function totalOf(c: Confusion): number {
  return c.tp + c.fp + c.tn + c.fn;
}

/** Share of predicted matches that are matches; 0 when nothing was predicted. */
export function precisionOf(c: Confusion): number {
  return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
}

/** Share of matches that were predicted; 0 when there are none. */
export function recallOf(c: Confusion): number {
  return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1Of(c: Confusion): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Share of all cases decided correctly; 0 for an empty set. */
export function accuracyOf(c: Confusion): number {
  const total = totalOf(c);
  return total === 0 ? 0 : (c.tp + c.tn) / total;
}

export interface ThresholdPoint {
  threshold: number;
  confusion: Confusion;
  f1: number;
}

/**
 * Cuts the scores at every threshold from `from` to `to` (inclusive) in `step`s and returns the
 * one with the best F1 (the lowest such threshold on ties), with the whole curve.
 */
export function sweepThresholds(
  scores: readonly LabelledScore[],
  from = 0.5,
  to = 0.99,
  step = 0.01,
): { best: ThresholdPoint; curve: ThresholdPoint[] } {
  const curve: ThresholdPoint[] = [];
  const steps = Math.round((to - from) / step);
  for (let i = 0; i <= steps; i += 1) {
    const threshold = Math.round((from + i * step) * 1e6) / 1e6;
    const confusion = confusionAt(scores, threshold);
    curve.push({ threshold, confusion, f1: f1Of(confusion) });
  }
  const first = curve[0];
  if (!first) throw new Error('sweepThresholds: empty threshold range');
  const best = curve.reduce((b, p) => (p.f1 > b.f1 ? p : b), first);
  return { best, curve };
}

/** `0.8123` -> `81.2%`. */
export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** `P 0.76 / R 0.82 / F1 0.79`. */
export function formatPrf(c: Confusion): string {
  return `P ${precisionOf(c).toFixed(2)} / R ${recallOf(c).toFixed(2)} / F1 ${f1Of(c).toFixed(2)}`;
}

/** `TP 12, FP 3, TN 40, FN 5`. */
export function formatConfusion(c: Confusion): string {
  return `TP ${c.tp}, FP ${c.fp}, TN ${c.tn}, FN ${c.fn}`;
}
