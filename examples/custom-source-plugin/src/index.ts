// @npskit/example-custom-source-plugin: a source plugin for a helpdesk's satisfaction-survey export.
// This file only re-exports.

export type { HelpdeskRating } from "./helpdeskRating.js";
export type { HelpdeskOptions } from "./helpdeskSource.js";
export { helpdeskSource, helpdeskSource as default } from "./helpdeskSource.js";
export { parseRatedAt } from "./parseRatedAt.js";
export { tagSegments } from "./tagSegments.js";
export type { Mapped, ResponseCandidate } from "./toResponse.js";
export { toResponse } from "./toResponse.js";
