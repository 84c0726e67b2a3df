// Loads the monthly-report example's responses into the table public.nps_responses (replacing it), the way an
// ETL job would: validated and de-duplicated by npskit's own pipeline, one typed column per field.
// The connection comes from DATABASE_URL, else from the PG* variables.
import { fileURLToPath } from "node:url";
import { ingest } from "@npskit/core";
import { ndjson } from "@npskit/source-ndjson";
import pg from "pg";

const data = fileURLToPath(new URL("../../monthly-report/data/responses.ndjson", import.meta.url));
const byId = new Map();
await ingest({
  sources: [ndjson({ path: data })],
  onResponse: (response) => byId.set(response.id, response),
});

const client = new pg.Client(
  process.env.DATABASE_URL === undefined ? {} : { connectionString: process.env.DATABASE_URL },
);
await client.connect();
try {
  await client.query("BEGIN");
  await client.query("DROP TABLE IF EXISTS public.nps_responses");
  await client.query(`CREATE TABLE public.nps_responses (
    id text PRIMARY KEY,
    submitted_at timestamptz NOT NULL,
    score integer CHECK (score BETWEEN 0 AND 10),
    comment text,
    locale text,
    region text,
    plan text,
    channel text,
    price double precision,
    speed double precision,
    support double precision,
    email text,
    name text,
    consent_to_contact boolean
  )`);
  const rows = [...byId.values()].map((r) => [
    r.id,
    r.submittedAt,
    r.score,
    r.comment ?? null,
    r.locale ?? null,
    r.segments?.region ?? null,
    r.segments?.plan ?? null,
    r.segments?.channel ?? null,
    r.drivers?.price ?? null,
    r.drivers?.speed ?? null,
    r.drivers?.support ?? null,
    r.respondent?.email ?? null,
    r.respondent?.name ?? null,
    r.respondent?.consentToContact ?? null,
  ]);
  // Bound parameters, 500 rows per statement.
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const width = chunk[0].length;
    const values = chunk.map(
      (_, i) => `(${Array.from({ length: width }, (_, j) => `$${i * width + j + 1}`).join(", ")})`,
    );
    await client.query(`INSERT INTO public.nps_responses VALUES ${values.join(", ")}`, chunk.flat());
  }
  await client.query("COMMIT");
  console.log(`loaded ${rows.length} responses into public.nps_responses`);
} finally {
  await client.end();
}
