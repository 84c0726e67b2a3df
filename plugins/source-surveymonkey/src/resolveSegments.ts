import { ConfigError, type ValidationIssue } from "@npskit/core";
import { describeQuestion } from "./describeQuestion.js";
import { normalizeText } from "./normalizeText.js";
import { resolveColumnRef } from "./resolveColumnRef.js";
import { slugify } from "./slugify.js";
import type { SurveyMonkeyHeader } from "./surveyMonkeyHeader.js";

// "Other (please specify)", "Другое (укажите)": the sub-header SurveyMonkey gives an "Other" choice's text box.
const OTHER = /^(?:other|другое|иное)(?!\p{L})/iu;

// The sub-header of a single-answer question's answer column (English and Russian exports).
const RESPONSE = new Set(["response", "ответ"]);

/** One segment dimension read from the export. */
export interface SegmentColumn {
  /** The segment's name in each response's `segments`. */
  readonly name: string;
  /** 0-based column holding the value. */
  readonly column: number;
  /**
   * The "Other (please specify)" box of a single-choice question: when the respondent wrote there instead of
   * choosing, the value is this label ("Other"), never the free text (which would make one segment per answer).
   */
  readonly other?: { readonly column: number; readonly label: string };
}

/**
 * Resolves the `segments` option into columns and names. Each entry names a single-choice question (by text
 * or column number), a `Custom Data N` column (or its variable name) or another respondent column
 * (`Collector ID`). Names come from `segmentNames` (keyed like the entries), else the variable name of a
 * Custom Data column, else a slug of the question text or column name. A question with several answer
 * columns (multiple choice, matrix) can only be used one column at a time, by number. Problems are collected
 * into one `ConfigError`.
 *
 * @example
 * resolveSegments(header, ["Which region are you in?", "Custom Data 1"], { "Which region are you in?": "region" }, "acme.csv")
 * // [{ name: "region", column: 11 }, { name: "custom-data-1", column: 8 }]
 */
export function resolveSegments(
  header: SurveyMonkeyHeader,
  segments: readonly (string | number)[],
  segmentNames: Readonly<Record<string, string>>,
  file: string,
): SegmentColumn[] {
  const issues: ValidationIssue[] = [];
  const result: SegmentColumn[] = [];
  const namesUsed = new Set<string>();
  const named = new Map(Object.entries(segmentNames).map(([key, name]) => [normalizeText(key), name]));
  segments.forEach((entry, i) => {
    const ref = resolveColumnRef(header, entry, `segments/${i}`, file, { columns: true });
    const given = named.get(normalizeText(String(entry)));
    named.delete(normalizeText(String(entry)));
    let segment: SegmentColumn;
    if (ref.kind === "question") {
      const { question } = ref;
      const single = question.columns.length === 1 || RESPONSE.has(normalizeText(question.subHeaders[0]!));
      if (!ref.byNumber && !single) {
        issues.push({
          pointer: `segments/${i}`,
          message:
            `${describeQuestion(question)} has several answer columns, so it is not a single-choice ` +
            `question; use one of its columns by number`,
        });
        return;
      }
      // Only a box labelled "Other…" stands for a choice; a comment box next to the choices does not.
      const otherSub = question.subHeaders[1] ?? "";
      const otherAt = !ref.byNumber && OTHER.test(otherSub.trim()) ? question.columns[1] : undefined;
      const otherLabel = otherSub.replace(/\s*\(.*\)\s*$/, "").trim() || "Other";
      segment = {
        name: given ?? slugify(question.text),
        column: ref.column,
        ...(otherAt !== undefined && { other: { column: otherAt, label: otherLabel } }),
      };
    } else if (ref.kind === "customData") {
      segment = { name: given ?? slugify(ref.custom.variable || ref.custom.name), column: ref.column };
    } else {
      segment = { name: given ?? slugify(ref.name), column: ref.column };
    }
    if (namesUsed.has(segment.name)) {
      issues.push({
        pointer: `segments/${i}`,
        message: `the segment name ${JSON.stringify(segment.name)} is used twice; set segmentNames`,
      });
      return;
    }
    namesUsed.add(segment.name);
    result.push(segment);
  });
  for (const key of named.keys()) {
    const original = Object.keys(segmentNames).find((k) => normalizeText(k) === key)!;
    issues.push({
      pointer: `segmentNames/${original}`,
      message: "names no entry of the segments option; every key must be one of its entries",
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return result;
}
