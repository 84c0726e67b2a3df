import type { NpsCell, NpsCoding } from "./parseNpsAnswer.js";

/** What {@link detectNpsCoding} decided, and on what evidence (for the log). */
export interface NpsCodingVerdict {
  readonly coding: NpsCoding;
  /** Why, in words: "choice labels like …", "an 11 and no 0", … */
  readonly evidence: string;
  /**
   * The answers fit both codings (plain numbers 1–10 only): read as scores, and the user should be told how
   * to force the other reading.
   */
  readonly ambiguous: boolean;
}

/**
 * Decides how the NPS column of an export codes its answers, from a sample of its cells. Choice labels
 * (`Extremely likely - 10`) mean an "actual answer text" export: scores. Among plain numbers, a 0 can only be
 * a score and an 11 only a position (a "numerical value" export numbering the eleven choices 1–11); with
 * neither, the numbers 1–10 fit both readings and are read as scores, flagged `ambiguous`.
 *
 * @example
 * detectNpsCoding([{ kind: "number", value: 11 }, { kind: "number", value: 3 }]) // { coding: "position", evidence: "an 11 and no 0 among 2 numeric answers", ambiguous: false }
 * detectNpsCoding([{ kind: "number", value: 4 }])                                 // { coding: "score", …, ambiguous: true }
 */
export function detectNpsCoding(cells: Iterable<NpsCell>): NpsCodingVerdict {
  let numbers = 0;
  let zero = false;
  let eleven = false;
  let label = false;
  for (const cell of cells) {
    if (cell.kind === "label") label = true;
    else if (cell.kind === "number") {
      numbers += 1;
      if (cell.value === 0) zero = true;
      else if (cell.value === 11) eleven = true;
    }
  }
  const among = `among ${numbers} numeric answer${numbers === 1 ? "" : "s"}`;
  if (label) return { coding: "score", evidence: "choice labels ending in the score", ambiguous: false };
  if (numbers === 0) return { coding: "score", evidence: "no numeric answers", ambiguous: false };
  if (eleven && !zero) return { coding: "position", evidence: `an 11 and no 0 ${among}`, ambiguous: false };
  if (zero) {
    const evidence = eleven ? `a 0 (and an 11, which cannot be read) ${among}` : `a 0 ${among}`;
    return { coding: "score", evidence, ambiguous: false };
  }
  return { coding: "score", evidence: `only values 1–10 ${among}`, ambiguous: true };
}
