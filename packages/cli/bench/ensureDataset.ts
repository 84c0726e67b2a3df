import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, readFile, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { rowsLabel } from "./rowsLabel.js";

/** A generated CSV and its ground truth. */
export interface Dataset {
  readonly rows: number;
  readonly label: string;
  readonly csv: string;
  readonly truth: string;
  readonly bytes: number;
}

/**
 * Returns the `rows`-row file from `gen-responses.mjs` in `dataDir`, generating it only when it is missing
 * or was made with other options (10M rows take minutes, so reuse matters). The generator writes to
 * `.partial` names that are renamed at the end, so an interrupted run is never mistaken for a finished file.
 */
export async function ensureDataset(options: {
  readonly rows: number;
  readonly seed: string;
  readonly generator: string;
  readonly dataDir: string;
  readonly log: (line: string) => void;
}): Promise<Dataset> {
  const { rows, seed, generator, dataDir, log } = options;
  const label = rowsLabel(rows);
  const csv = join(dataDir, `responses-${label}-seed${seed}.csv`);
  const truth = join(dataDir, `responses-${label}-seed${seed}.truth.json`);

  if (!(await isGenerated(csv, truth, rows, seed))) {
    await mkdir(dataDir, { recursive: true });
    log(`generating ${label} rows → ${csv}`);
    const args = [generator, "--rows", String(rows), "--seed", seed];
    const child = spawn(
      process.execPath,
      [...args, "--out", `${csv}.partial`, "--truth", `${truth}.partial`],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    const [code] = (await once(child, "exit")) as [number | null];
    if (code !== 0) throw new Error(`gen-responses.mjs exited with ${code}`);
    await rename(`${csv}.partial`, csv);
    await rename(`${truth}.partial`, truth);
  } else {
    log(`reusing ${csv}`);
  }
  return { rows, label, csv, truth, bytes: (await stat(csv)).size };
}

async function isGenerated(csv: string, truth: string, rows: number, seed: string): Promise<boolean> {
  try {
    await stat(csv);
    const { options } = JSON.parse(await readFile(truth, "utf8")) as {
      options: { rows: number; seed: string };
    };
    return options.rows === rows && options.seed === seed;
  } catch {
    return false;
  }
}
