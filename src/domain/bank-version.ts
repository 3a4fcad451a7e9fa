/** Bank versions are `major.minor.patch`; a newer version may replace an installed bank. */

/**
 * Negative when `a` is older than `b`, 0 when equal, positive when newer.
 * @example compareBankVersions('1.10.0', '1.9.3') // > 0
 */
export function compareBankVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let k = 0; k < Math.max(x.length, y.length); k += 1) {
    const diff = (x[k] ?? 0) - (y[k] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
