import type { SourceFactory, SourcePlugin } from "./plugin.js";

/**
 * Declares a source plugin factory. Returns its argument unchanged: it exists so that editors and the
 * compiler check the plugin against {@link SourcePlugin} and infer the hooks' parameter types.
 *
 * @example
 * export default defineSource((options: { path: string }) => ({ name: "acme:crm", async *read(ctx) { … } }));
 */
export function defineSource<Options = void>(factory: SourceFactory<Options>): SourceFactory<Options> {
  return factory;
}
