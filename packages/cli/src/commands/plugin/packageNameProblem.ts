import { builtinModules } from "node:module";

/** Longest name the npm registry accepts. */
const MAX_LENGTH = 214;

/**
 * What makes `name` unusable as the name of a new npm package, or `undefined` when it is fine. The rules are
 * npm's for new packages (as `validate-npm-package-name` checks them): at most 214 characters, lowercase,
 * URL-safe, not starting with `.` or `_`, none of `~'!()*`, not a Node built-in module's name; scoped names
 * are `@scope/name` with each part following them. Also required here: a letter or digit, which the plugin's
 * identifiers are made from.
 *
 * @example
 * packageNameProblem("npskit-source-zendesk")   // undefined
 * packageNameProblem("@acme/npskit-source-crm") // undefined
 * packageNameProblem("Zendesk")                 // "it must be lowercase"
 */
export function packageNameProblem(name: string): string | undefined {
  if (name === "") return "it is empty";
  if (name.trim() !== name) return "it must not start or end with spaces";
  if (name.length > MAX_LENGTH) return `it is longer than ${MAX_LENGTH} characters`;
  if (name.toLowerCase() !== name) return "it must be lowercase";
  if (name === "node_modules" || name === "favicon.ico") return "that name is reserved";
  if (builtinModules.includes(name)) return "it is the name of a Node.js built-in module";

  const scoped = /^@([^/]*)\/([^/]*)$/.exec(name);
  if (name.startsWith("@") && scoped === null) return "a scoped name is @scope/name, with one slash";
  const parts = scoped === null ? [name] : [scoped[1]!, scoped[2]!];
  for (const part of parts) {
    if (part === "") return "the scope and the name after it must not be empty";
    if (part.startsWith(".") || part.startsWith("_")) return "it must not start with a dot or an underscore";
    if (/[~'!()*]/.test(part)) return "it must not contain any of ~'!()*";
    if (encodeURIComponent(part) !== part) {
      return "it may contain only lowercase letters, digits, and - . _ (and one / after an @scope)";
    }
  }
  if (!/[a-z0-9]/.test(parts.at(-1)!)) return "it needs a letter or a digit after the scope";
  return undefined;
}
