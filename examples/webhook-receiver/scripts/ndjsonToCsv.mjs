// Writes the monthly-report example's responses as a CSV file, so that the webhook example can check that the
// report built from the store equals the report built from the same responses as a spreadsheet would hold them.
//
//   node scripts/ndjsonToCsv.mjs [input] [output]
//   (defaults: ../monthly-report/data/responses.ndjson and data/responses.csv)
//
// One row per valid response, in the input's order; columns: id, score (empty = unanswered), submittedAt,
// region, plan, channel, locale, source, comment, support, price, speed (the drivers), name, email,
// consentToContact (true/false; empty without a respondent). RFC 4180 quoting (a field holding a comma, a
// quote or a line break is quoted, quotes doubled), UTF-8 without a byte order mark, LF line ends.
//
// Lines that are not valid responses (not JSON, or refused by the response schema, as the pipeline would) are
// left out and listed on stderr: a CSV row cannot carry their faults (a misspelt key, broken JSON). The script
// stops when a valid response holds something these columns cannot give back exactly as the CSV source
// reads it (another segment or driver, text with spaces around it, an unusual date form), rather than write
// a file that would quietly differ from its input.
import { readFile, writeFile } from "node:fs/promises";
import { validateResponse } from "@npskit/core";

const input = process.argv[2] ?? new URL("../../monthly-report/data/responses.ndjson", import.meta.url);
const output = process.argv[3] ?? new URL("../data/responses.csv", import.meta.url);

const SEGMENTS = ["region", "plan", "channel"];
const DRIVERS = ["support", "price", "speed"];
const RESPONDENT = ["name", "email", "consentToContact"];
const FIELDS = [
  "id",
  "score",
  "submittedAt",
  "segments",
  "locale",
  "source",
  "comment",
  "drivers",
  "respondent",
];
const HEADER = [
  "id",
  "score",
  "submittedAt",
  ...SEGMENTS,
  "locale",
  "source",
  "comment",
  ...DRIVERS,
  ...RESPONDENT,
];
// The form of the example's dates, which the CSV source keeps as written; it rewrites some others ("+0300"
// becomes "+03:00", a lower-case "t" an upper-case one).
const KEPT_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/** A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a delimiter, a quote or a line end. */
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The cells of one response, or an exception naming what the columns could not carry. */
function rowOf(response, line) {
  const refuse = (what) => {
    throw new Error(`line ${line} (${response.id}): ${what}; the CSV could not give it back as written`);
  };
  const extra = (object, known) => Object.keys(object ?? {}).filter((key) => !known.includes(key));
  for (const [where, keys] of [
    ["field", extra(response, FIELDS)],
    ["segment", extra(response.segments, SEGMENTS)],
    ["driver", extra(response.drivers, DRIVERS)],
    ["respondent field", extra(response.respondent, RESPONDENT)],
  ]) {
    if (keys.length > 0) refuse(`${where} ${keys.join(", ")} has no column`);
  }
  // The CSV source trims text cells and leaves empty ones out.
  const text = (value) => {
    if (value === undefined) return "";
    if (value === "" || value !== value.trim()) refuse(`${JSON.stringify(value)} is empty or padded`);
    return value;
  };
  // With driver columns configured, the CSV source gives every response all three, an empty cell as null.
  if (response.drivers === undefined || DRIVERS.some((name) => !(name in response.drivers)))
    refuse("it does not rate every driver");
  if (!KEPT_DATE.test(response.submittedAt)) refuse(`the date ${response.submittedAt} would be rewritten`);
  const { respondent } = response;
  // An empty respondent object would come back as no respondent at all.
  if (respondent !== undefined && Object.keys(respondent).length === 0) refuse("its respondent is empty");
  return [
    text(response.id),
    response.score === null ? "" : String(response.score),
    response.submittedAt,
    ...SEGMENTS.map((name) => text(response.segments?.[name])),
    text(response.locale),
    text(response.source),
    text(response.comment),
    ...DRIVERS.map((name) => (response.drivers[name] === null ? "" : String(response.drivers[name]))),
    text(respondent?.name),
    text(respondent?.email),
    respondent?.consentToContact === undefined ? "" : String(respondent.consentToContact),
  ];
}

const rows = [HEADER];
const leftOut = [];
const lines = (await readFile(input, "utf8")).replace(/^\uFEFF/, "").split(/\r?\n/);
for (const [index, line] of lines.entries()) {
  if (line.trim() === "") continue;
  let value;
  try {
    value = JSON.parse(line);
  } catch (error) {
    leftOut.push(`line ${index + 1}: not valid JSON (${error.message})`);
    continue;
  }
  const validation = validateResponse(value);
  if (!validation.valid) {
    const issues = validation.issues.map((issue) => `${issue.pointer}: ${issue.message}`).join("; ");
    leftOut.push(`line ${index + 1} (${value?.id}): ${issues}`);
    continue;
  }
  try {
    rows.push(rowOf(value, index + 1));
  } catch (error) {
    // Nothing is written: a partial file would look complete.
    console.error(`ndjsonToCsv: ${error.message}`);
    process.exit(1);
  }
}
await writeFile(output, rows.map((cells) => `${cells.map(csvField).join(",")}\n`).join(""), "utf8");
console.error(
  `wrote ${rows.length - 1} responses; left out ${leftOut.length} lines that are not valid responses:`,
);
for (const reason of leftOut) console.error(`  ${reason}`);
