import { COMPARISON_METHODS, DUPLICATE_POLICIES, INTERVAL_METHODS } from "@npskit/core";
import { Command, Option } from "commander";
import type { CommandContext, CommandOptions } from "./commandContext.js";
import { browserAction } from "./commands/browser/browserAction.js";
import { calcAction } from "./commands/calc/calcAction.js";
import { compareAction } from "./commands/compare/compareAction.js";
import { convertAction } from "./commands/convert/convertAction.js";
import { initAction } from "./commands/init/initAction.js";
import { notebookRunAction } from "./commands/notebook/notebookRunAction.js";
import { pluginNewAction } from "./commands/plugin/pluginNewAction.js";
import { reportAction } from "./commands/report/reportAction.js";
import { REPORT_FORMATS } from "./commands/report/reportFormats.js";
import { serveAction } from "./commands/serve/serveAction.js";
import { validateAction } from "./commands/validate/validateAction.js";
import { INPUT_FORMATS } from "./ingest/sourceForFile.js";
import { version } from "./version.js";

/**
 * Declares every `npskit` command and its options. Each action only parses its options, calls the
 * command's `run…` function (usable without argv) and prints the result; exit codes are decided in main.ts.
 * Commander's own errors (unknown option, bad choice) are printed as `npskit: …` and thrown.
 */
export function createProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command("npskit")
    .description("Net Promoter Score with honest confidence intervals, comparisons and reports.")
    .version(version, "-v, --version")
    .option("--debug", "show stack traces of errors")
    .showSuggestionAfterError(true)
    .configureHelp({ sortOptions: false })
    .addHelpText(
      "after",
      `
Start here:
  npskit init nps && cd nps     a project with a config, a brand and sample data
  npskit report                 last month's PDF and HTML report
  npskit calc --promoters 80 --passives 30 --detractors 40

Run "npskit <command> --help" for a command's options and examples.`,
    )
    // Set before the commands are added: subcommands copy these settings when they are created.
    // Errors are thrown (not process.exit), so main.ts alone decides exit codes.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`npskit: ${text.replace(/^error: /, "")}`),
    });

  program
    .command("calc")
    .description("NPS, shares, confidence interval and margin of error from counts or scores.")
    .option("--promoters <count>", "responses scoring 9–10")
    .option("--passives <count>", "responses scoring 7–8")
    .option("--detractors <count>", "responses scoring 0–6")
    .option("--unanswered <count>", "responses without a score (shown, never in the NPS)")
    .option("--scores <list>", "raw 0–10 scores, comma-separated; an empty entry is unanswered")
    .option("--input <file>", "read responses from a file (CSV, SurveyMonkey export, NDJSON, webhook store)")
    .addOption(
      new Option("--format <format>", "input format (default: from the file extension)").choices(
        INPUT_FORMATS,
      ),
    )
    .option("--by <dimensions...>", "also one result per value of these segment dimensions (comma-separated)")
    .option(
      "--period <period>",
      "only this period: 2026-10, 2026-Q4, 2026-W44 or 2026 (default: all responses)",
    )
    .option(
      "--time-zone <zone>",
      "IANA time zone of the periods and of dates without an offset (default: UTC)",
    )
    .addOption(
      new Option("--duplicates <policy>", "responses sharing an id (default: keep-latest)").choices(
        DUPLICATE_POLICIES,
      ),
    )
    .option("--quarantine <file>", "where rejected records go (default: <input name>.quarantine.ndjson)")
    .option("--no-quarantine", "write no quarantine file")
    .addOption(levelOption())
    .addOption(
      new Option("--method <method>", "interval method").choices(INTERVAL_METHODS).default("adjusted-wald"),
    )
    .option("--decimals <places>", "decimal places of the displayed NPS", "0")
    .addOption(
      new Option("--rounding <mode>", "display rounding: round the exact NPS, or the percentages first")
        .choices(["exact", "percentages-first"])
        .default("exact"),
    )
    .option("--json", "print one JSON object instead of text")
    .addHelpText(
      "after",
      `
Examples:
  npskit calc --promoters 80 --passives 30 --detractors 40
  npskit calc --promoters 80 --passives 30 --detractors 40 --method score --level 0.9
  npskit calc --scores 10,9,9,8,7,6,3,10, --json
  npskit calc --promoters 80 --passives 30 --detractors 40 --rounding percentages-first
  npskit calc --input responses.csv --by region --period 2026-10 --time-zone Europe/Moscow
  npskit calc --input export.ndjson --json`,
    )
    .action((options: CommandOptions) => calcAction(options, context));

  program
    .command("compare")
    .description("Compare two independent NPS values (months, segments, an A/B test): B − A with its z-test.")
    .requiredOption("--a <counts>", "group A as promoters,passives,detractors")
    .requiredOption("--b <counts>", "group B as promoters,passives,detractors")
    .addOption(levelOption())
    .addOption(
      new Option("--method <method>", "test and interval method")
        .choices(COMPARISON_METHODS)
        .default("adjusted-wald"),
    )
    .option("--json", "print one JSON object instead of text")
    .addHelpText(
      "after",
      `
Examples:
  npskit compare --a 600,250,150 --b 80,30,40
  npskit compare --a 600,250,150 --b 80,30,40 --method wald --level 0.99 --json`,
    )
    .action((options: CommandOptions) => compareAction(options, context.io));

  program
    .command("init")
    .description("Create an npskit project that builds its first report at once: config, brand, sample data.")
    .argument("[dir]", "folder of the project", ".")
    .option("--name <name>", "brand name on the report and its logo", "Acme")
    .addOption(new Option("--locale <locale>", "language of the reports").choices(["en", "ru"]).default("en"))
    .option("--time-zone <zone>", "IANA time zone of the periods (default: this machine's)")
    .option("--force", "write into a folder that is not empty, replacing files of the same names")
    .addHelpText(
      "after",
      `
Examples:
  npskit init nps && cd nps && npskit report
  npskit init --name "Northwind" --locale ru --time-zone Europe/Moscow`,
    )
    .action((dir: string, options: CommandOptions) => initAction(dir, options, context));

  program
    .command("report")
    .description(
      "Build the period's branded report (PDF and HTML by default) from the config's sources, or from --input files.",
    )
    .option("--config <file>", "config file (default: npskit.config.ts/.mts/.js/.mjs/.json in this folder)")
    .option("--no-config", "use no config file, only these options")
    .option(
      "--period <period>",
      "2026-10, last-month (the default: the complete month before --now) or latest",
    )
    .option(
      "--now <date-time>",
      "the build's clock, ISO with an offset (default: now); same --now, same files",
    )
    .option("--out <dir>", "output folder (default: the config's outDir, else reports/)")
    .option(
      "--format <formats...>",
      `what to write, comma-separated: ${REPORT_FORMATS.join(", ")} (default: pdf,html)`,
    )
    .option("--input <files...>", "read these data files instead of the config's sources")
    .addOption(
      new Option("--format-in <format>", "format of --input (default: from each file)").choices(
        INPUT_FORMATS,
      ),
    )
    .option(
      "--drivers <columns...>",
      "rating columns of --input CSV files for key-driver analysis, comma-separated",
    )
    .addOption(
      new Option("--locale <locale>", "language of the report (default: config, then brand)").choices([
        "en",
        "ru",
      ]),
    )
    .option("--brand <file>", "brand file: name, logo, colours, font, page size, footer")
    .option("--template <dir>", "folder overriding the default template file by file")
    .option("--time-zone <zone>", "IANA time zone of the periods (default: config, else UTC)")
    .option("--segments <dimensions...>", "segment dimensions to compare, comma-separated (default: config)")
    .option("--split-by <dimension>", "also one report per value of this segment dimension")
    .option("--fail-under <nps>", "exit with code 3 when the NPS is under this, after writing the reports")
    .option("--fail-on-drop", "exit with code 3 on a statistically significant drop from the previous period")
    .option(
      "--browser <path>",
      "Chrome or Chromium to print with (default: PUPPETEER_EXECUTABLE_PATH, then a system browser)",
    )
    .option("--json", "print one JSON object describing the run instead of text")
    .addHelpText(
      "after",
      `
Examples:
  npskit report                                   last month's report from ./npskit.config.ts
  npskit report --period 2026-10 --now 2026-11-01T09:00:00Z
  npskit report --period last-month --fail-under 30 --fail-on-drop
  npskit report --input data.csv --brand brand.json --locale ru --out reports/
  npskit report --input survey.csv --drivers support,price,speed --format pdf,json
  npskit report --split-by region --format pdf,md

Exit codes: 0 written, 1 failed, 2 bad options or config, 3 written but a quality gate failed.
In GitHub Actions the summary goes to the job summary, gates become annotations, and nps=, pdf=, html=
and files= are set as step outputs.`,
    )
    .action((options: CommandOptions) => reportAction(options, context));

  program
    .command("validate")
    .description("Read every source and account for each record, without rendering anything.")
    .option("--config <file>", "config file (default: npskit.config.ts/.mts/.js/.mjs/.json in this folder)")
    .option("--no-config", "use no config file, only these options")
    .option("--input <files...>", "read these data files instead of the config's sources")
    .addOption(
      new Option("--format-in <format>", "format of --input (default: from each file)").choices(
        INPUT_FORMATS,
      ),
    )
    .option(
      "--drivers <columns...>",
      "rating columns of --input CSV files for key-driver analysis, comma-separated",
    )
    .option("--time-zone <zone>", "IANA time zone of the periods (default: config, else UTC)")
    .option("--out <dir>", "folder of the quarantine file (default: the config's outDir, else reports/)")
    .option("--fail-on-reject", "exit with code 3 when any record is rejected")
    .option("--json", "print one JSON object instead of text")
    .addHelpText(
      "after",
      `
Every record read is accepted, unanswered, rejected (with its reason and location) or a duplicate;
rejected and superseded records are written to nps-validate.quarantine.ndjson in the output folder.

Examples:
  npskit validate
  npskit validate --input export.csv --time-zone Europe/Moscow
  npskit validate --fail-on-reject --json`,
    )
    .action((options: CommandOptions) => validateAction(options, context));

  program
    .command("convert")
    .description(
      "Write every response of the sources (or --input files) to one Parquet file, for the DuckDB source.",
    )
    .requiredOption("--out <file.parquet>", "the Parquet file to write")
    .option("--config <file>", "config file (default: npskit.config.ts/.mts/.js/.mjs/.json in this folder)")
    .option("--no-config", "use no config file, only these options")
    .option("--input <files...>", "read these data files instead of the config's sources")
    .addOption(
      new Option("--format-in <format>", "format of --input (default: from each file)").choices(
        INPUT_FORMATS,
      ),
    )
    .option("--time-zone <zone>", "IANA time zone of dates without an offset (default: config, else UTC)")
    .option("--json", "print one JSON object instead of text")
    .addHelpText(
      "after",
      `
Responses are validated and de-duplicated exactly as for a report; rejected and superseded records go to
<name>.quarantine.ndjson next to the Parquet file. Segments become text columns, drivers number columns.

Examples:
  npskit convert --input export.csv --out responses.parquet
  npskit convert --out warehouse/nps-2026.parquet`,
    )
    .action((options: CommandOptions) => convertAction(options, context));

  program
    .command("serve")
    .description("Receive survey responses by webhook, verify them and store them durably for reports.")
    .option("--config <file>", "config file with a serve section (default: npskit.config.* in this folder)")
    .option("--no-config", "use no config file, only these options")
    .option("--port <port>", "port to listen on; 0 picks a free one (default: config, else 8787)")
    .option("--host <host>", "interface to listen on (default: config, else 127.0.0.1)")
    .option("--store <file>", "SQLite store, created on first start (default: config, else responses.db)")
    .option(
      "--standard-webhooks-secret <secret>",
      "serve /webhooks/standard (env NPSKIT_STANDARD_WEBHOOKS_SECRET)",
    )
    .option("--typeform-secret <secret>", "serve /webhooks/typeform (env NPSKIT_TYPEFORM_SECRET)")
    .option(
      "--surveymonkey-key <key>",
      "serve /webhooks/surveymonkey: API key or client id (env NPSKIT_SURVEYMONKEY_KEY)",
    )
    .option("--surveymonkey-secret <secret>", "SurveyMonkey API secret (env NPSKIT_SURVEYMONKEY_SECRET)")
    .option(
      "--surveymonkey-token <token>",
      "SurveyMonkey access token for fetches (env NPSKIT_SURVEYMONKEY_TOKEN)",
    )
    .option("--surveymonkey-api-base <url>", "SurveyMonkey API base URL (env NPSKIT_SURVEYMONKEY_API_BASE)")
    .option("--delighted-key <key>", "serve /webhooks/delighted (env NPSKIT_DELIGHTED_KEY)")
    .option(
      "--generic-token <token>",
      "serve /webhooks/generic with this Bearer token (env NPSKIT_GENERIC_TOKEN)",
    )
    .option("--body-limit <bytes>", "largest body accepted, 413 above (default: 1048576)")
    .option("--rate-limit <per-second>", "requests per second per sender, 429 above (default: 5000)")
    .option("--log-level <level>", "debug, info, warn or error (JSON lines on stderr)", "info")
    .addHelpText(
      "after",
      `
Every delivery's signature is checked over the raw bytes (401 and quarantine when it fails); a 2xx is sent
only after the delivery is committed to the store. Read the store with the webhook-store source:
  npskit calc --input responses.db --format webhook-store --json

Examples:
  npskit serve --port 8787 --store responses.db --standard-webhooks-secret whsec_…
  NPSKIT_TYPEFORM_SECRET=… npskit serve --store responses.db`,
    )
    .action((options: CommandOptions) => serveAction(options, context));

  program
    .command("browser")
    .description(
      "Show the Chrome or Chromium PDFs are printed with; --install gets Debian's chromium if none.",
    )
    .option("--browser <path>", "check this executable instead of searching")
    .option("--install", "install Debian's chromium with apt-get when none is found (needs root)")
    .option("--json", "print one JSON object instead of text")
    .addHelpText(
      "after",
      `
The search order: --browser, PUPPETEER_EXECUTABLE_PATH, a system chromium / chromium-headless-shell /
google-chrome, then Puppeteer's cache (~/.cache/puppeteer). npskit never downloads a browser itself.

Examples:
  npskit browser
  npskit browser --install          as root on Debian/Ubuntu: apt-get install chromium if needed`,
    )
    .action((options: CommandOptions) => browserAction(options, context));

  const notebook = program.command("notebook").description("Run .npsnb notebooks headless.");
  notebook
    .command("run")
    .description("Run every cell of a notebook in order; stop at the first failing cell (exit 1).")
    .argument("<file>", "the .npsnb notebook")
    .option("--param <name=value>", "a parameter, papermill style (repeatable)", collect, [])
    .option("--out <file>", "the executed notebook (default: <name>.executed.npsnb)")
    .option("--html <file>", "also write a static HTML page of the executed notebook")
    .option("--timeout <seconds>", "time limit per cell, 0 for none (default: 600)")
    .addHelpText(
      "after",
      "\nExample:\n  npskit notebook run analysis.npsnb --param period=2026-10 --html analysis.html",
    )
    .action((file: string, options: CommandOptions) => notebookRunAction(file, options, context));

  const plugin = program.command("plugin").description("Tools for plugin authors.");
  plugin
    .command("new")
    .description("Create a source-plugin package that builds and passes its own tests out of the box.")
    .argument("<name>", "npm package name, e.g. npskit-source-zendesk or @acme/npskit-source-crm")
    .option("--dir <directory>", "folder to create it in (default: the name without its scope)")
    .option("--force", "write into a folder that is not empty, replacing files of the same names")
    .addHelpText(
      "after",
      `
Examples:
  npskit plugin new npskit-source-zendesk
  npskit plugin new @acme/npskit-source-crm --dir plugins/crm`,
    )
    .action((name: string, options: CommandOptions) => pluginNewAction({ ...options, name }, context));

  return program;
}

function levelOption(): Option {
  return new Option("--level <level>", "confidence level, as 0.95 or 95%").default("0.95");
}

/** Commander's accumulator for a repeatable option. */
function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}
