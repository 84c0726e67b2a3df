// pnpm bench (in packages/render): what npskit's PDF pipeline costs over a bare `page.setContent` +
// `page.pdf` of the same HTML, measured in one process, interleaved run by run, so the ratio compares
// across machines. "ours" is the package's own pipeline: a fresh page per report with JavaScript off,
// request interception, print media, the font check, a tagged PDF with an outline, then finishPdf
// (metadata, report.json, object streams). Both browsers are started before timing.
import { writeFileSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { finishPdf, openPdfRenderer, resolveBrowser } from "../src/index.js";
import { fixtureHtml } from "../src/pdf/__fixtures__/fixtureHtml.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROWS = Number(process.env.BENCH_ROWS ?? 150);
const html = fixtureHtml({ rows: ROWS });
const meta = {
  title: "NPS report: October 2026",
  now: new Date("2026-11-01T00:00:00Z"),
  report: { rows: ROWS },
};

const { executablePath, source } = await resolveBrowser();
const bareBrowser = await puppeteer.launch({
  executablePath,
  headless: true,
  // The flags npskit needs to run at all here (root, offline); the rest of its hardening is what is measured.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const renderer = await openPdfRenderer({ executablePath });

const bare = async () => {
  const page = await bareBrowser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  return pdf;
};
const oursPrint = async () => (await renderer.render(html, { name: "bench" })).pdf;
const printed = await oursPrint();
const cases: Record<string, () => Promise<Uint8Array>> = {
  "bare: setContent + pdf": bare,
  "ours: render (print only)": oursPrint,
  "ours: render + finishPdf": async () => finishPdf(await oursPrint(), meta),
  "finishPdf alone": () => finishPdf(printed, meta),
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
const bytes: Record<string, number> = {};
try {
  for (const run of Object.values(cases)) await run(); // warm-up: first page, font caches, JIT
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(cases)) {
      const t0 = performance.now();
      bytes[name] = (await run()).length;
      times[name]!.push((performance.now() - t0) / 1000);
    }
  }
} finally {
  await renderer.close();
  await bareBrowser.close();
}

const baseline = median(times["bare: setContent + pdf"]!);
const results = Object.entries(times).map(([name, values]) => ({
  name,
  seconds: median(values),
  ratio: median(values) / baseline,
  bytes: bytes[name] ?? 0,
}));
console.log(
  `PDF of the same report HTML (${ROWS} table rows), median of ${RUNS} runs, ${executablePath} (${source}), Node ${process.version}`,
);
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(28)} ${r.seconds.toFixed(3).padStart(7)} s   ${r.ratio.toFixed(2).padStart(5)}× bare   ${Math.round(r.bytes / 1024)} KB`,
  );
}
writeFileSync(
  new URL("results.json", import.meta.url),
  `${JSON.stringify({ rows: ROWS, runs: RUNS, browser: executablePath, node: process.version, results }, null, 2)}\n`,
);
