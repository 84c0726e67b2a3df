import { isAbsolute, relative, resolve } from "node:path";
import { InvalidArgumentError, type ReportModel } from "@npskit/core";
import { safeFileNamePart } from "./safeFileNamePart.js";

const PLACEHOLDERS = new Set(["period", "scope"]);

/** What a file name is made from: the report's period and scope. */
export interface FileNameSubject {
  readonly period: Pick<ReportModel["period"], "key">;
  readonly scope: ReportModel["scope"];
}

/**
 * Checks a file name pattern when an output is configured, so a typo fails before any data is read: it must
 * end in `extension` (any case) and may only use the placeholders `{period}` and `{scope}`.
 *
 * @throws {InvalidArgumentError} `NPSKIT_E_INVALID_ARGUMENT` naming the problem, at field `fileName`.
 */
export function checkFileNamePattern(pattern: string, extension: string): void {
  for (const [, name] of pattern.matchAll(/\{([^}]*)\}/g)) {
    if (!PLACEHOLDERS.has(name ?? "")) {
      throw new InvalidArgumentError(
        `fileName "${pattern}" uses {${name}}; the placeholders are {period} and {scope}.`,
        { location: { field: "fileName" } },
      );
    }
  }
  if (!pattern.toLowerCase().endsWith(extension.toLowerCase())) {
    throw new InvalidArgumentError(`fileName "${pattern}" must end in "${extension}".`, {
      location: { field: "fileName" },
    });
  }
}

/**
 * A report's file name from a pattern: `{period}` becomes the period key ("2026-10", "2026-W44"), `{scope}`
 * the scope's values in dimension-name order joined by "-" ("all" for everyone). Every value goes through
 * {@link safeFileNamePart}.
 *
 * @example
 * fileNameFor("nps-{period}-{scope}.pdf", { period: { key: "2026-10" }, scope: { region: "EU/West" } })
 * // "nps-2026-10-EU_West.pdf"
 */
export function fileNameFor(pattern: string, report: FileNameSubject): string {
  const scope = Object.keys(report.scope)
    .sort()
    .map((dimension) => safeFileNamePart(report.scope[dimension] ?? ""))
    .join("-");
  return pattern
    .replaceAll("{period}", safeFileNamePart(report.period.key))
    .replaceAll("{scope}", scope || "all");
}

/**
 * The absolute path of a report's file in `outDir` ({@link fileNameFor}); a pattern that leads outside
 * `outDir` (an absolute path, "..") is refused.
 *
 * @throws {InvalidArgumentError} `NPSKIT_E_INVALID_ARGUMENT` at field `fileName`.
 */
export function outputFile(outDir: string, pattern: string, report: FileNameSubject): string {
  const root = resolve(outDir);
  const file = resolve(root, fileNameFor(pattern, report));
  const inside = relative(root, file);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    throw new InvalidArgumentError(`fileName "${pattern}" leads outside the output folder ${root}.`, {
      location: { field: "fileName" },
    });
  }
  return file;
}
