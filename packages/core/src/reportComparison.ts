import type { NpsComparison } from "./compareNps.js";
import type { ReportComparison } from "./reportModel.js";

/**
 * A comparison as the ReportModel holds it: `compareNps`'s result without the two NPS values (the model shows
 * them elsewhere), and with an infinite z — possible with the plain Wald method when neither group varies —
 * as `null`, because JSON has no infinity. `null` stays `null` (a group without answers).
 *
 * @example
 * reportComparison(compareNps({ promoters: 5, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 5 }, { method: "wald" }))
 * // { difference: -200, se: 0, z: null, p: 0, significant: true, interval: { low: -200, high: -200, … } }
 */
export function reportComparison(comparison: NpsComparison | null): ReportComparison | null {
  if (comparison === null) return null;
  const { difference, se, z, p, significant, interval } = comparison;
  return { difference, se, z: Number.isFinite(z) ? z : null, p, significant, interval: { ...interval } };
}
