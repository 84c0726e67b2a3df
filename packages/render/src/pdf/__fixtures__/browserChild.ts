// A host process for processCleanup.test.ts, run with `node --import tsx`. It opens a renderer, prints
// `{"pid": <browser pid>}` on one line, then, by argv[2]:
//   wait  — keeps running (the open browser keeps it alive) until a signal arrives;
//   exit  — calls process.exit(0) half a second later (time for the test to look), without closing;
//   close — closes the renderer and does nothing more: the process must then end by itself.
import { openPdfRenderer } from "../pdfRenderer.js";

const renderer = await openPdfRenderer();
process.stdout.write(`${JSON.stringify({ pid: renderer.pid })}\n`);
const mode = process.argv[2];
if (mode === "exit") setTimeout(() => process.exit(0), 500);
if (mode === "close") await renderer.close();
