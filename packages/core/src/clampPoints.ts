/** Keeps a value on the NPS scale, −100..100: interval bounds must never leave it. */
export function clampPoints(points: number): number {
  return Math.min(100, Math.max(-100, points));
}
