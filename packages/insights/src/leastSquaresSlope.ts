/**
 * Slope of the ordinary least-squares line through points: b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)².
 * Null with fewer than two distinct x.
 *
 * Reference: any statistics text, e.g. NIST/SEMATECH e-Handbook of Statistical Methods, §4.1.4.1.
 *
 * @example
 * leastSquaresSlope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 2 }]) // 0.5
 */
export function leastSquaresSlope(
  points: readonly { readonly x: number; readonly y: number }[],
): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const { x, y } of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}
