/** Nearest-rank percentile (`share` from 0 to 1) of values sorted ascending; 0 for none. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

/** The same of values in any order. */
export function percentileOf(values: readonly number[], share: number): number {
  return percentile([...values].sort((a, b) => a - b), share);
}
