import { readdirSync, readFileSync } from "node:fs";

/** A process as /proc shows it. */
interface ProcInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly pgrp: number;
}

function listProcesses(): ProcInfo[] {
  const processes: ProcInfo[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const state = fields[0];
      if (state === "Z" || state === "X") continue; // zombies are dead, only not yet reaped
      processes.push({ pid: Number(name), ppid: Number(fields[1]), pgrp: Number(fields[2]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return processes;
}

/**
 * Live processes that belong to the browser started as `pid`: the process itself, its process group
 * (Puppeteer starts Chromium as a group leader) and all its descendants. Linux only (/proc).
 */
export function browserProcesses(pid: number): number[] {
  const all = listProcesses();
  const found = new Set<number>(all.filter((p) => p.pid === pid || p.pgrp === pid).map((p) => p.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.add(p.pid);
        grew = true;
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Which of `pids` still run (zombies excluded). */
export function stillRunning(pids: readonly number[]): number[] {
  const alive = new Set(listProcesses().map((p) => p.pid));
  return pids.filter((pid) => alive.has(pid));
}

/** Waits until none of `pids` runs, or `ms` passed; returns those still running. */
export async function waitUntilGone(pids: readonly number[], ms = 5_000): Promise<number[]> {
  const end = Date.now() + ms;
  let left = stillRunning(pids);
  while (left.length > 0 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    left = stillRunning(left);
  }
  return left;
}
