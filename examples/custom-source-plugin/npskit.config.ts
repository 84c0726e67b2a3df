// How a project uses the plugin: the npskit config lists the sources, read in this order, and the analysis
// settings. Paths are relative to the folder npskit runs in. npskit.config.test.ts runs it the way npskit does.
import { defineConfig } from "@npskit/core";
import { helpdeskSource } from "./src/index.js";

export default defineConfig({
  sources: [helpdeskSource({ path: "test/fixtures/ratings.jsonl", segmentTags: ["channel", "priority"] })],
  analysis: { timeZone: "Europe/Moscow", period: "month", segments: ["channel", "group"] },
});
