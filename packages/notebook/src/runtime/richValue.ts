import type { MimeBundle } from "../format/notebook.js";

/** Where a value keeps the MIME bundle it wants to be shown as (the notebook's `_repr_mimebundle_`). */
export const MIME_BUNDLE = Symbol.for("npskit.mimeBundle");

/** A value that carries its own display: every helper's result is one. */
export interface RichValue {
  readonly [MIME_BUNDLE]: () => MimeBundle;
}

/** Whether `value` says how to show itself. */
export function isRichValue(value: unknown): value is RichValue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<RichValue>)[MIME_BUNDLE] === "function"
  );
}

/**
 * Attaches a display to a plain result without changing its data: the bundle is a non-enumerable symbol
 * property, so the value still prints, serialises and destructures as before.
 */
export function withDisplay<T extends object>(value: T, bundle: () => MimeBundle): T & RichValue {
  Object.defineProperty(value, MIME_BUNDLE, { value: bundle, enumerable: false });
  return value as T & RichValue;
}
