import { InputError } from "@npskit/core";

/** The better-sqlite3 `Database` constructor. */
export type SqliteConstructor = typeof import("better-sqlite3");

/**
 * Loads better-sqlite3 on first use, so that importing this package (for its signature checks or mappers)
 * never loads a native module. A failed load says how to fix it.
 */
export async function loadSqlite(): Promise<SqliteConstructor> {
  try {
    return (await import("better-sqlite3")).default;
  } catch (error) {
    throw new InputError(
      `cannot load better-sqlite3 (${(error as Error).message.split("\n")[0]}): install it with "pnpm add better-sqlite3@^12" and allow its build script (pnpm.onlyBuiltDependencies)`,
      { cause: error },
    );
  }
}
