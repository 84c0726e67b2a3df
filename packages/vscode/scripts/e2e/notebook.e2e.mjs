// End-to-end: the packaged extension in a real VS Code (code-server 4.100.3), driven by headless Chromium:
// open examples/notebooks/monthly-analysis.npsnb, run all cells, and find the HTML and SVG outputs in the
// output webview. Run with `pnpm test:e2e` (root) — separate from `pnpm test`: the first run installs
// code-server into a cache folder (see installCodeServer.mjs). Exits 1 with the reason on failure.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { ensureCodeServer } from "./installCodeServer.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const examples = fileURLToPath(new URL("../../../../examples", import.meta.url));
const vsix = join(root, "npskit-vscode.vsix");
const chromium = process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium";
const started = performance.now();
const step = (text) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${text}`);

const entry = ensureCodeServer();
step("packaging the extension");
execFileSync("node", ["scripts/package.mjs"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });

const work = mkdtempSync(join(tmpdir(), "npskit-e2e-"));
const userData = join(work, "user-data");
const extensions = join(work, "extensions");
mkdirSync(join(userData, "User"), { recursive: true });
writeFileSync(
  join(userData, "User", "settings.json"),
  JSON.stringify({
    "workbench.startupEditor": "none",
    "security.workspace.trust.enabled": false,
    "workbench.tips.enabled": false,
    "extensions.ignoreRecommendations": true,
    "telemetry.telemetryLevel": "off",
  }),
);
const common = ["--user-data-dir", userData, "--extensions-dir", extensions];
let server;
let browser;
try {
  step("installing the .vsix");
  execFileSync("node", [entry, ...common, "--install-extension", vsix], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const port = await freePort();
  step(`starting code-server on 127.0.0.1:${port}`);
  server = spawn(
    "node",
    [
      entry,
      ...common,
      "--auth",
      "none",
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      examples,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let serverLog = "";
  server.stdout.on("data", (chunk) => (serverLog += chunk));
  server.stderr.on("data", (chunk) => (serverLog += chunk));
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok,
    60_000,
    () => `code-server did not start:\n${serverLog}`,
  );

  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    defaultViewport: { width: 1400, height: 1000 },
  });
  const page = await browser.newPage();
  step("opening the workbench");
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}`, {
    waitUntil: "domcontentloaded",
  });
  await page.waitForSelector(".monaco-workbench", { timeout: 60_000 });
  await page.waitForSelector(".explorer-folders-view, .monaco-list", { timeout: 60_000 });

  step("opening notebooks/monthly-analysis.npsnb");
  await command(page, "Go to File", "monthly-analysis.npsnb", true);
  await page.waitForSelector(".notebook-editor", { timeout: 60_000 });
  step("running all cells");
  await command(page, "Notebook: Run All");
  const found = await waitFor(
    () => outputsIn(page),
    180_000,
    async () => {
      await page.screenshot({ path: join(root, "e2e-failure.png") });
      return `no HTML and SVG outputs after 180 s (screenshot: e2e-failure.png)\n${serverLog.slice(-3000)}`;
    },
  );
  step(`found ${found.svg} SVG and ${found.tables} HTML table outputs, report HTML: ${found.report}`);
  if (!found.report) throw new Error("the report's HTML output was not found");
  console.log("e2e: ok");
} catch (error) {
  console.error(`e2e: FAILED — ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
}

/** Runs a command through the command palette (or Quick Open with `quickOpen`), typing `text`. */
async function command(page, name, text = name, quickOpen = false) {
  await page.keyboard.down("Control");
  if (!quickOpen) await page.keyboard.down("Shift");
  await page.keyboard.press("KeyP");
  if (!quickOpen) await page.keyboard.up("Shift");
  await page.keyboard.up("Control");
  await page.waitForSelector(".quick-input-widget:not([style*='display: none']) input", { timeout: 30_000 });
  await page.keyboard.type(quickOpen ? text : text.replace(/^>/, ""), { delay: 20 });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await page.keyboard.press("Enter");
}

/** Counts outputs in every frame (the outputs live in the notebook's webview, two iframes deep). */
async function outputsIn(page) {
  let svg = 0;
  let tables = 0;
  let report = false;
  for (const frame of page.frames()) {
    const counts = await frame
      .evaluate(() => {
        const roots = [
          document,
          ...[...document.querySelectorAll("*")].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
        ];
        const all = (selector) => roots.flatMap((r) => [...r.querySelectorAll(selector)]);
        return {
          svg: all(
            ".output svg, .output img[src^='data:image/svg'], .output-plaintext svg, svg.echarts, div[id] svg",
          ).length,
          tables: all("table").length,
          report: all("*").some((e) => /NPS/.test(e.textContent ?? "")) && all("table").length > 0,
        };
      })
      .catch(() => ({ svg: 0, tables: 0, report: false }));
    svg += counts.svg;
    tables += counts.tables;
    report ||= counts.report;
  }
  return svg > 0 && tables > 0 ? { svg, tables, report } : undefined;
}

async function waitFor(check, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(await describe());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}
