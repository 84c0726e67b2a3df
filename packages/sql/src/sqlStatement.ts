import type { SqlDialect } from "./dialect.js";

/** A statement and its parameters: run `text` with `params` (positional) or `named` (named dialects). */
export interface SqlStatement {
  readonly text: string;
  /** Parameter values in placeholder order (`$1`, `?`, `@p1`…). */
  readonly params: readonly unknown[];
  /** The same values by name (`p1`, `p2`…), for dialects with named parameters (BigQuery, ClickHouse). */
  readonly named: Readonly<Record<string, unknown>>;
}

/**
 * Collects parameter values while a statement is written, in the order their placeholders appear, so that
 * no value is ever spliced into SQL text.
 */
export class SqlParams {
  readonly #dialect: SqlDialect;
  readonly #values: unknown[] = [];

  constructor(dialect: SqlDialect) {
    this.#dialect = dialect;
  }

  /** Binds `value` and returns its placeholder. */
  bind(value: string | number, type: "text" | "integer" = "text"): string {
    this.#values.push(value);
    return this.#dialect.placeholder(this.#values.length, type);
  }

  /** The statement with the values bound so far. */
  statement(text: string): SqlStatement {
    const named: Record<string, unknown> = {};
    this.#values.forEach((value, index) => {
      named[`p${index + 1}`] = value;
    });
    return { text, params: [...this.#values], named };
  }
}
