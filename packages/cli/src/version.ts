import { createRequire } from "node:module";

// Read at run time so that the version printed is always the published package's own.
const require = createRequire(import.meta.url);

/** This package's version, from its package.json. */
export const version: string = (require("../package.json") as { version: string }).version;
