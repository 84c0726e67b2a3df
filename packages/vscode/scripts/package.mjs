// Packages the extension into npskit-vscode.vsix, offline: bundle the adapter, `pnpm deploy` the package with
// its production dependencies (the kernel and the npskit packages, from the workspace and the lockfile) into
// a staging folder with a flat node_modules, then `vsce package` there. @vscode/vsce runs through npx, pinned
// to 3.9.x (the last line that works on Node 20): its current dependency tree declares Node ≥ 22, which this
// repository's engine-strict install would refuse, so it is not a workspace dependency.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "npskit-vscode.vsix");
const stage = mkdtempSync(join(tmpdir(), "npskit-vsix-"));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: "inherit" });
try {
  run("node", ["scripts/bundle.mjs"], root);
  const dir = join(stage, "extension");
  run(
    "pnpm",
    [
      "--filter",
      "npskit-vscode",
      "deploy",
      "--prod",
      "--config.inject-workspace-packages=true",
      "--config.node-linker=hoisted",
      dir,
    ],
    join(root, "../.."),
  );
  copyFileSync(join(root, "../../LICENSE"), join(dir, "LICENSE"));
  pinWorkspaceRanges(dir);
  // Only what runs: no sources, maps, type declarations or docs of dependencies.
  writeFileSync(
    join(dir, ".vscodeignore"),
    [
      "src/**",
      "scripts/**",
      "tsconfig*.json",
      "**/*.map",
      "**/*.d.ts",
      "**/*.test.*",
      "node_modules/@types/**",
      "node_modules/typescript/**",
    ].join("\n"),
  );
  // With its dependencies: vsce lists them with `npm list --production` and packs node_modules.
  run(
    "npx",
    ["--yes", "@vscode/vsce@3.9.2", "package", "--allow-missing-repository", "--skip-license", "--out", out],
    dir,
  );
  console.log(`wrote ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

/**
 * `pnpm deploy` leaves `file:` (or `workspace:`) specifiers of the npskit packages in the manifests, which
 * `npm list` (run by vsce) reports as invalid: replace each with the version actually deployed, and drop the
 * extension's dev dependencies.
 */
function pinWorkspaceRanges(dir) {
  const scope = join(dir, "node_modules/@npskit");
  const manifests = [
    join(dir, "package.json"),
    ...readdirSync(scope).map((name) => join(scope, name, "package.json")),
  ];
  for (const file of manifests) {
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    if (file === manifests[0]) delete manifest.devDependencies;
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        if (!name.startsWith("@npskit/") || /^\^?\d/.test(String(range))) continue;
        manifest[field][name] = JSON.parse(
          readFileSync(join(dir, "node_modules", name, "package.json"), "utf8"),
        ).version;
      }
    }
    // Deployed workspace packages may be hard links to the workspace's own files: replace, never write through.
    rmSync(file);
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
