// Child process: the same aggregates computed by DuckDB, the engine the issue measures us against.
// DuckDB is a dev dependency of this benchmark only and is loaded here, never by the CLI.
// Usage: node --import tsx duckdbRunner.ts FILE TIME_ZONE THREADS
import { addCounts, byRegionOf, emptyCounts, type MonthRegionCell } from "./aggregates.js";
import { reportRun } from "./runnerReport.mjs";

const [input, timeZone, threads] = process.argv.slice(2);
if (input === undefined || timeZone === undefined || threads === undefined)
  throw new Error("usage: duckdbRunner.ts FILE TIME_ZONE THREADS");

const { DuckDBInstance } = await import("@duckdb/node-api").catch((error: unknown) => {
  throw new Error("the ingest benchmark needs @duckdb/node-api: run `pnpm install` at the repository root", {
    cause: error,
  });
});

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;
const SCORES = Array.from({ length: 11 }, (_, k) => k);

// Explicit column types instead of sniffing: the timestamp is parsed as TIMESTAMPTZ (the `Z` is honoured)
// and the month is taken in the configured time zone, as our pipeline does; the score as an integer, with
// an empty field as NULL (unanswered). One FILTER count per score, as the issue specifies.
const sql = `
  SELECT strftime(timezone(${literal(timeZone)}, submitted_at), '%Y-%m') AS month,
         region,
         ${SCORES.map((k) => `count(*) FILTER (WHERE score = ${k})::INTEGER AS s${k}`).join(",\n         ")},
         count(*) FILTER (WHERE score IS NULL)::INTEGER AS unanswered
  FROM read_csv(${literal(input)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                columns = {'id': 'VARCHAR', 'submitted_at': 'TIMESTAMPTZ', 'score': 'INTEGER',
                           'region': 'VARCHAR', 'plan': 'VARCHAR', 'comment': 'VARCHAR'})
  GROUP BY ALL
  ORDER BY month, region`;

await reportRun(async () => {
  const instance = await DuckDBInstance.create(":memory:", { threads });
  const connection = await instance.connect();
  const version = String((await connection.runAndReadAll("SELECT version()")).getRows()[0]?.[0]);
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  connection.closeSync();

  const scoreCounts = SCORES.map(() => 0);
  const byMonthRegion = rows.map((row): MonthRegionCell => {
    const cell = { month: String(row.month), region: String(row.region), ...emptyCounts() };
    for (const k of SCORES) {
      const n = Number(row[`s${k}`]);
      scoreCounts[k]! += n;
      if (k >= 9) cell.promoters += n;
      else if (k >= 7) cell.passives += n;
      else cell.detractors += n;
    }
    cell.unanswered = Number(row.unanswered);
    return cell;
  });
  const total = emptyCounts();
  for (const cell of byMonthRegion) addCounts(total, cell);
  return {
    engine: `DuckDB ${version}`,
    aggregates: { total, byRegion: byRegionOf(byMonthRegion), byMonthRegion, scoreCounts },
  };
});
