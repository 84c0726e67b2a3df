import type { CsvDialect } from "./csvReader.js";
import type { HeaderMapping } from "./headerMapping.js";

/**
 * One log line saying how a file is read and what each column means, so that a surprising result can be
 * traced to a detection (and fixed with an option) without a debugger.
 *
 * @example
 * describeInput("a.csv", { encoding: "windows-1251", encodingEvidence: "not UTF-8", bom: false, delimiter: ";", delimiterDetected: true })
 * // 'a.csv: encoding windows-1251 (detected: not UTF-8), delimiter ";" (detected)'
 */
export function describeInput(file: string, what: CsvDialect | HeaderMapping): string {
  return "names" in what ? describeMapping(file, what) : describeDialect(file, what);
}

function describeDialect(file: string, dialect: CsvDialect): string {
  const delimiter = dialect.delimiter === "\t" ? "tab" : JSON.stringify(dialect.delimiter);
  const encoding = dialect.encodingEvidence === "option" ? "option" : `detected: ${dialect.encodingEvidence}`;
  return (
    `${file}: encoding ${dialect.encoding} (${encoding}), ` +
    `delimiter ${delimiter} (${dialect.delimiterDetected ? "detected" : "option"})`
  );
}

function describeMapping(file: string, mapping: HeaderMapping): string {
  const name = (index: number) => JSON.stringify(mapping.names[index]);
  const fields = Object.entries(mapping.fields).map(([field, index]) => `${field} ← ${name(index)}`);
  if (mapping.fields.id === undefined) fields.push("id ← line numbers");
  // A segment or driver named otherwise than its column reads `plan ← "Which plan are you on?"`.
  const list = (indices: readonly number[], named: readonly string[]) =>
    indices.length === 0
      ? "none"
      : indices
          .map((index, at) =>
            named[at] === mapping.names[index] ? name(index) : `${named[at]} ← ${name(index)}`,
          )
          .join(", ");
  return (
    `${file}: columns ${fields.join(", ")}; segments ${list(mapping.segments, mapping.segmentNames)}; ` +
    `drivers ${list(mapping.drivers, mapping.driverNames)}`
  );
}
