import type { ErrorObject } from "ajv/dist/2020.js";
import { closestMatch } from "./closestMatch.js";
import type { ValidationIssue } from "./errors.js";

/** The parts of a schema node the messages read. */
interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly examples?: readonly unknown[];
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly format?: string;
}

/**
 * Turns ajv's errors into one issue per field, each a single line that says what was expected and what was
 * found, with a "did you mean" for unknown keys. ajv must run with `allErrors` and `verbose`.
 *
 * @example
 * // { id: "1", score: 11, submittedAt: "2026-10-01T10:00:00Z", scroe: 1 } gives
 * // [{ pointer: "/score", message: "must be an integer from 0 to 10, or null (got 11)" },
 * //  { pointer: "/scroe", message: "is not a known property (did you mean \"score\"?)" }]
 */
export function validationIssues(errors: readonly ErrorObject[]): ValidationIssue[] {
  const byPointer = new Map<string, string>();
  for (const error of errors) {
    const issue = describe(error);
    // The first problem of a field is the useful one (a type error makes its range errors noise).
    if (issue !== undefined && !byPointer.has(issue.pointer)) byPointer.set(issue.pointer, issue.message);
  }
  return [...byPointer].map(([pointer, message]) => ({ pointer, message }));
}

function describe(error: ErrorObject): ValidationIssue | undefined {
  const node = (error.parentSchema ?? {}) as SchemaNode;
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  // ajv reports a failed `propertyNames` subschema on the object, naming the key in `propertyName`.
  if (error.propertyName !== undefined) {
    return {
      pointer: at,
      message: `has an invalid key ${show(error.propertyName)}: keys must have 1 to 128 characters`,
    };
  }
  switch (error.keyword) {
    case "required": {
      const name = String(params.missingProperty);
      const example = node.properties?.[name]?.examples?.[0];
      const hint = example === undefined ? "" : ` (for example ${show(example)})`;
      return { pointer: `${at}/${escapePointer(name)}`, message: `is required${hint}` };
    }
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const known = Object.keys(node.properties ?? {});
      const guess = closestMatch(name, known);
      const hint =
        guess !== undefined
          ? ` (did you mean "${guess}"?)`
          : known.length > 0
            ? ` (known properties: ${known.join(", ")})`
            : "";
      return { pointer: `${at}/${escapePointer(name)}`, message: `is not a known property${hint}` };
    }
    case "type":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { pointer: at, message: `must be ${expected(node)} (got ${show(error.data)})` };
    case "format":
      return {
        pointer: at,
        message: `must be ${formatName(String(params.format))}${example(node)} (got ${show(error.data)})`,
      };
    case "pattern":
      return { pointer: at, message: `has an unexpected form${example(node)} (got ${show(error.data)})` };
    case "minLength":
      return {
        pointer: at,
        message:
          Number(params.limit) === 1
            ? "must not be empty"
            : `must have at least ${String(params.limit)} characters`,
      };
    case "maxLength":
      return {
        pointer: at,
        message: `must have at most ${String(params.limit)} characters (got ${String((error.data as string).length)})`,
      };
    case "uniqueItems": {
      const items = error.data as readonly unknown[];
      return { pointer: at, message: `must not list ${show(items[Number(params.i)])} twice` };
    }
    case "enum":
      return {
        pointer: at,
        message: `must be one of ${(node.enum ?? []).map(show).join(", ")} (got ${show(error.data)})`,
      };
    case "propertyNames":
      return undefined; // already described by the error of the key itself, above
    default:
      return { pointer: at, message: error.message ?? `fails the "${error.keyword}" rule` };
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

function expected(node: SchemaNode): string {
  const types = node.type === undefined ? [] : typeof node.type === "string" ? [node.type] : [...node.type];
  const main = types.filter((type) => type !== "null").map((type) => TYPE_NAMES[type] ?? type);
  let text = main.join(" or ") || "a value";
  if (node.minimum !== undefined && node.maximum !== undefined)
    text += ` from ${node.minimum} to ${node.maximum}`;
  else if (node.minimum !== undefined) text += ` of at least ${node.minimum}`;
  else if (node.maximum !== undefined) text += ` of at most ${node.maximum}`;
  else if (node.exclusiveMinimum !== undefined && node.exclusiveMaximum !== undefined)
    text += ` greater than ${node.exclusiveMinimum} and less than ${node.exclusiveMaximum}`;
  else if (node.exclusiveMinimum !== undefined) text += ` greater than ${node.exclusiveMinimum}`;
  else if (node.exclusiveMaximum !== undefined) text += ` less than ${node.exclusiveMaximum}`;
  if (types.includes("null")) text += ", or null";
  return text;
}

function formatName(format: string): string {
  if (format === "date-time") return "a date-time with a time zone offset";
  if (format === "email") return "an e-mail address";
  return `a valid ${format}`;
}

function example(node: SchemaNode): string {
  const first = node.examples?.[0];
  return first === undefined ? "" : `, like ${show(first)}`;
}

/** A value as the user would recognise it, cut to keep the message on one line. */
function show(value: unknown): string {
  const text = value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/** JSON pointer escaping (RFC 6901) of a property name. */
function escapePointer(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}
