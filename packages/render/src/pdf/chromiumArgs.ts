/**
 * Chromium flags for printing reports: the browser must start as root (containers, CI) and stay offline.
 * Puppeteer adds its own defaults (headless, no extensions, hidden scrollbars…); these come on top.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  // The setuid/namespace sandbox refuses to start as root, which is how containers and CI run. The page
  // runs no JavaScript and loads nothing from outside, which is what the sandbox would contain.
  "--no-sandbox",
  // No GPU in servers; printing is done by Skia on the CPU anyway.
  "--disable-gpu",
  // Without these three Chromium keeps dialling out (safe browsing lists, component updates, sync).
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Backstop for what request interception cannot see: `<link rel=prefetch>` and `preconnect` skip the
  // interception layer and reached a loopback canary in tests. Failing every host name resolution (IP
  // literals included) means no connection can be opened at all; data: URLs need no resolution.
  "--host-resolver-rules=MAP * ~NOTFOUND",
  // Docker's default /dev/shm is 64 MB, too small for big reports: Chromium crashes while printing.
  "--disable-dev-shm-usage",
];
