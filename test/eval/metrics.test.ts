import { describe, expect, it } from 'vitest';
import {
  accuracyOf,
  addConfusion,
  confusionAt,
  confusionOf,
  f1Of,
  formatConfusion,
  formatPrf,
  precisionOf,
  recallOf,
  sweepThresholds,
} from '../../bench/eval/metrics.js';
import { logicV2Confusion, readLogicV2Cases } from '../../bench/eval/name-bench.js';

describe('metrics', () => {
  it('counts a hand-made confusion set', () => {
    const c = confusionOf([
      { expected: true, predicted: true },
      { expected: true, predicted: true },
      { expected: true, predicted: true },
      { expected: true, predicted: false },
      { expected: false, predicted: true },
      { expected: false, predicted: false },
      { expected: false, predicted: false },
    ]);
    expect(c).toEqual({ tp: 3, fp: 1, tn: 2, fn: 1 });
    expect(precisionOf(c)).toBeCloseTo(0.75, 10);
    expect(recallOf(c)).toBeCloseTo(0.75, 10);
    expect(f1Of(c)).toBeCloseTo(0.75, 10);
    expect(accuracyOf(c)).toBeCloseTo(5 / 7, 10);
    expect(formatPrf(c)).toBe('P 0.75 / R 0.75 / F1 0.75');
    expect(formatConfusion(c)).toBe('TP 3, FP 1, TN 2, FN 1');
  });

  it('computes unequal precision and recall and their harmonic mean', () => {
    const c = { tp: 8, fp: 2, tn: 5, fn: 8 };
    expect(precisionOf(c)).toBeCloseTo(0.8, 10);
    expect(recallOf(c)).toBeCloseTo(0.5, 10);
    expect(f1Of(c)).toBeCloseTo((2 * 0.8 * 0.5) / 1.3, 10);
    expect(addConfusion(c, { tp: 1, fp: 1, tn: 1, fn: 1 })).toEqual({ tp: 9, fp: 3, tn: 6, fn: 9 });
  });

  it('gives 0, not NaN, when there is nothing to divide by', () => {
    const none = { tp: 0, fp: 0, tn: 4, fn: 0 };
    expect(precisionOf(none)).toBe(0);
    expect(recallOf(none)).toBe(0);
    expect(f1Of(none)).toBe(0);
    expect(accuracyOf({ tp: 0, fp: 0, tn: 0, fn: 0 })).toBe(0);
  });

  it('cuts scores at the threshold inclusively', () => {
    const scores = [
      { expected: true, score: 0.9 },
      { expected: true, score: 0.8 },
      { expected: false, score: 0.8 },
      { expected: false, score: 0.79 },
    ];
    expect(confusionAt(scores, 0.8)).toEqual({ tp: 2, fp: 1, tn: 1, fn: 0 });
    expect(confusionAt(scores, 0.81)).toEqual({ tp: 1, fp: 0, tn: 2, fn: 1 });
  });

  it('finds the best-F1 threshold of a sweep, the lowest on ties', () => {
    const scores = [
      { expected: true, score: 0.95 },
      { expected: true, score: 0.9 },
      { expected: false, score: 0.7 },
      { expected: false, score: 0.6 },
    ];
    const { best, curve } = sweepThresholds(scores);
    expect(curve).toHaveLength(50);
    expect(curve[0]?.threshold).toBe(0.5);
    expect(curve.at(-1)?.threshold).toBe(0.99);
    expect(best.threshold).toBe(0.71);
    expect(best.f1).toBe(1);
  });

  it("reproduces logic-v2's published figures from its outcome column", () => {
    const c = logicV2Confusion(readLogicV2Cases());
    expect(c).toEqual({ tp: 345, fp: 108, tn: 284, fn: 75 });
    expect(f1Of(c).toFixed(2)).toBe('0.79');
    expect(precisionOf(c).toFixed(2)).toBe('0.76');
    expect(recallOf(c).toFixed(2)).toBe('0.82');
  });
});
