// The kernel's worker thread: evaluates cells through its own inspector session in REPL mode, so `const`
// re-declarations, top-level `await` and completion values behave as in Node's REPL, and the host can stop
// a synchronous loop without losing the cell's globals. Started only by `Kernel`.
import { Session } from "node:inspector";
import { parentPort, workerData } from "node:worker_threads";
import type { CellOutput } from "../format/notebook.js";
import { notebookHelpers } from "../helpers/notebookHelpers.js";
import { createImporter } from "../runtime/createImporter.js";
import { mimeBundleOf } from "../runtime/mimeBundleOf.js";
import { workerConsole } from "../runtime/workerConsole.js";
import type { HostMessage, RawException, WorkerMessage, WorkerSetup } from "./protocol.js";
import { IMPORT_FUNCTION } from "./transpileCell.js";

const port = parentPort!;
const setup = workerData as WorkerSetup;
const send = (message: WorkerMessage) => port.postMessage(message);
let current = -1;
let busy = false;
const output = (out: CellOutput) => send({ type: "output", id: current, output: out });

// TypeScript modules the cells import (and `load()`'s config files) compile through tsx, in this thread only.
const { register } = await import("tsx/esm/api");
register();
const importModule = createImporter(setup.dir);
const scope = globalThis as Record<string, unknown>;
scope[IMPORT_FUNCTION] = importModule;
scope.console = workerConsole((name, text) => output({ output_type: "stream", name, text }));
Object.assign(
  scope,
  notebookHelpers({
    dir: setup.dir,
    importModule,
    emit: (data) => output({ output_type: "display_data", data, metadata: {} }),
  }),
);

const session = new Session();
session.connect();
const post = <T>(method: string, params: object) =>
  new Promise<T>((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
  );

interface RemoteObject {
  type: string;
  value?: unknown;
  unserializableValue?: string;
  objectId?: string;
}
interface EvaluateResult {
  result: RemoteObject;
  exceptionDetails?: { lineNumber: number; columnNumber: number; exception?: RemoteObject; text: string };
}

const { result: global } = await post<{ result: RemoteObject }>("Runtime.evaluate", {
  expression: "globalThis",
});

/** The JavaScript value behind a remote object: handed over by a function call on this same thread. */
async function localValue(remote: RemoteObject): Promise<unknown> {
  const argument =
    remote.objectId !== undefined
      ? { objectId: remote.objectId }
      : remote.unserializableValue !== undefined
        ? { unserializableValue: remote.unserializableValue }
        : { value: remote.value };
  await post("Runtime.callFunctionOn", {
    objectId: global.objectId,
    functionDeclaration: "function (value) { globalThis.__npskitHandOver = value; }",
    arguments: [argument],
  });
  const value = scope.__npskitHandOver;
  delete scope.__npskitHandOver;
  return value;
}

async function execute(id: number, code: string, timeoutMs: number): Promise<void> {
  current = id;
  busy = true;
  try {
    const evaluated = await post<EvaluateResult>("Runtime.evaluate", {
      expression: code,
      replMode: true,
      awaitPromise: true,
      objectGroup: "cell",
      // Stops a synchronous loop at the time limit with the state kept; the host's timer covers awaits.
      ...(timeoutMs > 0 && { timeout: timeoutMs }),
    });
    const details = evaluated.exceptionDetails;
    if (details !== undefined) {
      const thrown = details.exception === undefined ? undefined : await localValue(details.exception);
      send({ type: "done", id, outcome: "exception", exception: describe(thrown, details) });
      return;
    }
    const value = await localValue(evaluated.result);
    const data = mimeBundleOf(value);
    if (data !== undefined)
      output({ output_type: "execute_result", execution_count: null, data, metadata: {} });
    send({ type: "done", id, outcome: "ok" });
  } catch (error) {
    // The inspector answers "Execution was terminated" when the timeout or the host's interrupt stopped it.
    const terminated = /terminated/i.test((error as Error).message);
    if (terminated) send({ type: "done", id, outcome: "terminated" });
    else send({ type: "done", id, outcome: "exception", exception: describe(error, undefined) });
  } finally {
    busy = false;
    await post("Runtime.releaseObjectGroup", { objectGroup: "cell" }).catch(() => undefined);
  }
}

function describe(thrown: unknown, details: EvaluateResult["exceptionDetails"]): RawException {
  const position = {
    line: details === undefined ? undefined : details.lineNumber + 1,
    column: details === undefined ? undefined : details.columnNumber + 1,
  };
  if (thrown instanceof Error) {
    return { name: thrown.name, message: thrown.message, stack: thrown.stack, ...position };
  }
  return {
    name: "Thrown",
    message: typeof thrown === "string" ? thrown : String(thrown),
    stack: undefined,
    ...position,
  };
}

port.on("message", (message: HostMessage) => {
  if (message.type === "ping") send({ type: "pong", id: message.id, busy });
  else void execute(message.id, message.code, message.timeoutMs);
});
send({ type: "ready" });
