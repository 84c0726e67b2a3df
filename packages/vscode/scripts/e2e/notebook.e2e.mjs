// End-to-end: the packaged extension in a real VS Code (code-server 4.100.3), driven by headless Chromium:
// open examples/notebooks/monthly-analysis.npsnb, run all cells, and find the HTML and SVG outputs in the
// output webview. Run with `pnpm test:e2e` (root) — separate from `pnpm test`: the first run installs
// code-server into a cache folder (see installCodeServer.mjs). Exits 1 with the reason on failure.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
/** The outputs seen so far, across polls (see outputsIn). */
const seen = { svg: 0, tables: 0, report: false };
const step = (text) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${text}`);

const entry = ensureCodeServer();
// NPSKIT_E2E_REUSE_VSIX=1 skips packaging when iterating on this script.
if (process.env.NPSKIT_E2E_REUSE_VSIX !== "1") {
  step("packaging the extension");
  execFileSync("node", ["scripts/package.mjs"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

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
    "files.autoSave": "off",
  }),
);
const common = ["--user-data-dir", userData, "--extensions-dir", extensions];
// A copy of the two example folders the notebook uses, so nothing VS Code saves lands in the repository and
// the outputs checked are this run's (the committed notebook has none). The config's packages are the
// example's own node_modules, linked.
const workspace = join(work, "examples");
for (const folder of ["notebooks", "monthly-report"]) {
  cpSync(join(examples, folder), join(workspace, folder), {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|reports)$/.test(source),
  });
}
symlinkSync(
  join(examples, "monthly-report", "node_modules"),
  join(workspace, "monthly-report", "node_modules"),
);
let server;
let browser;
let page;
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
      workspace,
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
  page = await browser.newPage();
  step("opening the workbench");
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, {
    waitUntil: "domcontentloaded",
  });
  await page.waitForSelector(".monaco-workbench", { timeout: 60_000 });
  await page.waitForSelector(".explorer-folders-view, .monaco-list", { timeout: 60_000 });

  step("opening notebooks/monthly-analysis.npsnb");
  await command(page, "Go to File", "monthly-analysis.npsnb", true);
  await page.waitForSelector(".notebook-editor", { timeout: 60_000 });
  step("running all cells");
  // The notebook toolbar's "Run All" (a text action), once the toolbar has rendered.
  const runAll = await page.waitForSelector(".notebook-toolbar-container ::-p-text(Run All)", {
    timeout: 60_000,
  });
  await runAll.click();
  const found = await waitFor(
    () => outputsIn(page),
    180_000,
    async () => {
      await page.screenshot({ path: join(root, "e2e-failure.png") });
      return `no HTML and SVG outputs after 180 s (screenshot: e2e-failure.png)\n${serverLog.slice(-3000)}`;
    },
  );
  step(
    `found ${found.svg} SVG charts, ${found.tables} HTML tables and the report's HTML (last cell); no failed cell`,
  );
  console.log("e2e: ok");
} catch (error) {
  await page?.screenshot({ path: join(root, "e2e-failure.png") }).catch(() => undefined);
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
  await page.keyboard.type(text, { delay: 20 });
  // Enter only once the matching entry is listed (file search and command lists fill in asynchronously).
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll(".quick-input-list .monaco-list-row")].some((row) =>
        (row.textContent ?? "").toLowerCase().includes(wanted.toLowerCase()),
      ),
    { timeout: 30_000 },
    quickOpen ? text : name.replace(/^.*?: /, ""),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.keyboard.press("Enter");
}

/**
 * What the run produced once the last cell is done: in the output webview (two iframes deep) the charts' SVG (ECharts draws them at 657 px) and the report's HTML
 * (its cover title), plus the HTML tables of the helpers. Undefined while cells are still running.
 */
async function outputsIn(page) {
  const states = await page.evaluate(() => ({
    success: document.querySelectorAll(".notebook-editor .codicon-notebook-state-success").length,
    error: document.querySelectorAll(".notebook-editor .codicon-notebook-state-error").length,
  }));
  // The controller stops at the first failing cell, and the report is the last cell: its output means every
  // cell before it ran. (Cells scrolled out of view are not in the DOM, so the states cannot be counted.)
  if (states.error > 0) throw new Error(`${states.error} cell(s) failed in VS Code`);
  // Outputs are rendered as their cells scroll into view: scroll down a screen each poll, and keep what was
  // seen (the charts are in the middle of the notebook, the report at the end).
  await page.mouse.move(800, 500);
  await page.mouse.wheel({ deltaY: 1_500 });
  const found = seen;
  for (const frame of page.frames()) {
    const counts = await frame
      .evaluate(() => {
        const roots = [
          document,
          ...[...document.querySelectorAll("*")].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
        ];
        const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
        const svgImages = all("img").filter((img) =>
          (img.getAttribute("src") ?? "").startsWith("data:image/svg"),
        );
        return {
          svg: all("svg[viewBox='0 0 657 240'], svg[width='657']").length + svgImages.length,
          tables: all("table").length,
          report: all("#cover-title").some((title) => /October 2026/.test(title.textContent ?? "")),
        };
      })
      .catch(() => ({ svg: 0, tables: 0, report: false }));
    found.svg = Math.max(found.svg, counts.svg);
    found.tables = Math.max(found.tables, counts.tables);
    found.report ||= counts.report;
  }
  return found.svg > 0 && found.tables > 0 && found.report ? { ...states, ...found } : undefined;
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
