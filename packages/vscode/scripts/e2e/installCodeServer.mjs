// Installs code-server 4.100.3 — the last release that runs on Node 20 — into a cache folder outside the
// repository (it is ~0.8 GB: not a committed dependency), once. Offline except for the npm registry:
// VS Code's @vscode/ripgrep would download its binary from GitHub, so its download cache is pre-seeded with
// Debian's ripgrep (apt package `ripgrep`), and the kerberos module compiles against `libkrb5-dev`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

export const CODE_SERVER_VERSION = "4.100.3";
/** The @vscode/ripgrep of code-server 4.100.3 (lib/vscode/npm-shrinkwrap.json) and the ripgrep it fetches. */
const RIPGREP_PACKAGE = "1.15.11";
const RIPGREP_ASSET = "ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz";

/** Where code-server is installed: `$NPSKIT_E2E_CACHE`, else `~/.cache/npskit-e2e`. */
export function codeServerDir() {
  const cache = process.env.NPSKIT_E2E_CACHE ?? join(homedir(), ".cache", "npskit-e2e");
  return join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

/** The code-server entry script, installing it first when missing. */
export function ensureCodeServer() {
  const dir = codeServerDir();
  const bin = join(dir, "node_modules", "code-server", "out", "node", "entry.js");
  if (existsSync(bin)) return bin;
  for (const [tool, apt] of [
    ["/usr/bin/rg", "ripgrep"],
    ["/usr/include/gssapi/gssapi.h", "libkrb5-dev"],
  ]) {
    if (!existsSync(tool))
      throw new Error(`code-server needs the Debian package ${apt}: apt-get install ${apt}`);
  }
  const seed = join(tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE}`);
  mkdirSync(seed, { recursive: true });
  if (!existsSync(join(seed, RIPGREP_ASSET)))
    execFileSync("tar", ["czf", join(seed, RIPGREP_ASSET), "-C", "/usr/bin", "rg"]);
  mkdirSync(dir, { recursive: true });
  console.log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (a few minutes, once)`);
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefix", dir, `code-server@${CODE_SERVER_VERSION}`],
    {
      stdio: "inherit",
      env: { ...process.env, npm_config_unsafe_perm: "true", npm_config_yes: "true" },
    },
  );
  if (!existsSync(bin)) throw new Error(`code-server installed, but ${bin} is missing`);
  return bin;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureCodeServer());
