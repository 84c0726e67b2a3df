import type { RuleFactory } from "./rule.js";

/**
 * Declares a recommendation rule factory. Returns its argument unchanged: it exists so that editors and the
 * compiler check the rule against {@link RulePlugin}.
 *
 * @example
 * export default defineRule((options: { min: number }) => ({ name: "acme:low-response", evaluate(model) { … } }));
 */
export function defineRule<Options = void>(factory: RuleFactory<Options>): RuleFactory<Options> {
  return factory;
}
