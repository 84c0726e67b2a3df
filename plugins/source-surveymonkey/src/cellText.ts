/** A cell as read-excel-file returns it (numbers stay text: see {@link readXlsxRows}). */
export type XlsxCell = string | number | boolean | Date | null | undefined;

/**
 * An XLSX cell as the text a CSV export would hold, so that both formats share one row mapper. Text and
 * numbers (read as their exact digits) pass through; an empty cell is ""; a date cell is its wall-clock
 * date-time as ISO 8601 without an offset — Excel stores none, so the time zone option applies to it just as
 * to a CSV date — rounded to the second (Excel's day fractions are binary floats: 16:21:36 comes back as
 * 16:21:35.9999).
 *
 * @example
 * cellText(new Date(Date.UTC(2023, 6, 31, 16, 21, 35, 999))) // "2023-07-31T16:21:36"
 * cellText("19085864118")                                      // "19085864118"
 * cellText(null)                                               // ""
 */
export function cellText(value: XlsxCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  const time = Math.round(value.getTime() / 1000) * 1000;
  // read-excel-file puts Excel's wall-clock time in the UTC fields of the Date.
  return new Date(time).toISOString().slice(0, 19);
}
