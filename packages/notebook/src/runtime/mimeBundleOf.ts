import { inspect } from "node:util";
import type { MimeBundle } from "../format/notebook.js";
import { htmlTable } from "./htmlTable.js";
import { isRichValue, MIME_BUNDLE } from "./richValue.js";

/**
 * The richest MIME bundle for a value, the way `display(value)` and a cell's last expression show it:
 * a value that carries its own bundle (helper results, charts, reports) → that; a list of records →
 * `text/html` table + `application/json`; other JSON data → `application/json`; always `text/plain` too
 * (strings as they are, anything else through `util.inspect`). `undefined` shows nothing.
 */
export function mimeBundleOf(value: unknown): MimeBundle | undefined {
  if (value === undefined) return undefined;
  if (isRichValue(value)) return value[MIME_BUNDLE]();
  const plain = typeof value === "string" ? value : inspect(value, { depth: 4, colors: false });
  if (isRecordList(value)) {
    return { "text/html": htmlTable(value), "application/json": toJson(value), "text/plain": plain };
  }
  const json = isJsonData(value) ? toJson(value) : undefined;
  return json === undefined || typeof value !== "object"
    ? { "text/plain": plain }
    : { "application/json": json, "text/plain": plain };
}

function isRecordList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isJsonData(value: unknown): boolean {
  return Array.isArray(value) || isPlainObject(value);
}

/** JSON-safe copy (Dates as ISO strings, undefined dropped); undefined when it cannot be serialised. */
function toJson(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value));
  } catch {
    return undefined;
  }
}
