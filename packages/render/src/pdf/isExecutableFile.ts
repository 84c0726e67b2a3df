import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";

/**
 * Whether `path` names a regular file this process may execute. Symbolic links are followed, so
 * `/usr/bin/chromium` → `/etc/alternatives/…` counts as long as its target is executable.
 *
 * @example
 * await isExecutableFile("/usr/bin/chromium") // true when Debian's chromium is installed
 * await isExecutableFile("/etc/passwd")       // false: not executable
 */
export async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    // A folder passes X_OK too (it means "may enter"), so the file check comes first.
    if (!info.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
