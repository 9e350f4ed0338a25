/**
 * A share written as a number of percent (`25`, `25.5`, `25%`, `25,5`); undefined when it is
 * not one. The range is the caller's to check (an FtM Ownership may state odd values).
 */
export function parsePercentage(value: string): number | undefined {
  const text = value.trim().replace(/\s*%$/, '').replace(/^(\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
