import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { resolveTimeZone } from "@npskit/core";
import { wordmarkSvg } from "@npskit/render";
import { assertWritable } from "../../scaffold/assertWritable.js";
import { copyTemplate } from "../../scaffold/copyTemplate.js";
import { findTemplateDir } from "../../scaffold/findTemplateDir.js";
import { version } from "../../version.js";
import { lastCompleteMonth, sampleResponsesCsv } from "./sampleResponses.js";

/** What `npskit init` needs; every member is optional. */
export interface InitInput {
  /** Folder of the new project, relative to `cwd`. @default "." */
  readonly directory?: string;
  /** The brand name on the report and its logo. @default "Acme" */
  readonly name?: string;
  /** @default "en" */
  readonly locale?: "en" | "ru";
  /** IANA time zone of the periods. @default this machine's time zone */
  readonly timeZone?: string;
  /** The sample data ends with the month before this. @default new Date() */
  readonly now?: Date;
  /** Write into a folder that is not empty, replacing files of the same names. @default false */
  readonly force?: boolean;
  /** @default process.cwd() */
  readonly cwd?: string;
}

/** What `npskit init` made. */
export interface InitResult {
  readonly directory: string;
  /** Files written, relative to `directory`, sorted. */
  readonly files: readonly string[];
  /** The last month of the sample data: what `npskit report` reports on by default. */
  readonly period: string;
}

/**
 * `npskit init` without argv: a project that reports on the first try — `npskit.config.ts` reading
 * `data/responses.csv` (three months of sample responses ending last month), a brand file with a wordmark
 * logo, a README, a `.gitignore` and a `package.json`. Refuses a folder that is not empty unless `force`.
 */
export async function runInit(input: InitInput = {}): Promise<InitResult> {
  const directory = resolve(input.cwd ?? process.cwd(), input.directory ?? ".");
  await assertWritable(directory, input.force === true, "choose an empty folder: npskit init DIR");
  const name = input.name?.trim() || "Acme";
  const locale = input.locale ?? "en";
  const timeZone = resolveTimeZone(
    input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
  );
  const period = lastCompleteMonth(input.now ?? new Date(), timeZone);
  const footer = locale === "ru" ? `${name} · Для внутреннего использования` : `${name} · Internal use only`;
  const files = await copyTemplate(findTemplateDir("project"), directory, {
    name,
    nameJson: JSON.stringify(name),
    footerJson: JSON.stringify(footer),
    locale,
    timeZone,
    version,
    period: period.key,
  });
  await mkdir(join(directory, "data"), { recursive: true });
  await writeFile(join(directory, "data", "responses.csv"), sampleResponsesCsv(period, locale));
  await writeFile(
    join(directory, "brand", "logo.svg"),
    wordmarkSvg({ name, primary: "#1f4e79", accent: "#f28c28" }),
  );
  return { directory, files: [...files, "brand/logo.svg", "data/responses.csv"].sort(), period: period.key };
}
