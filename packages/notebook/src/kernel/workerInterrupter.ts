import { Session } from "node:inspector";
import type { Worker } from "node:worker_threads";

/**
 * Stops the JavaScript a worker is running right now — a synchronous loop that cannot read messages — with
 * `Runtime.terminateExecution` sent into the worker's inspector through this thread's `NodeWorker` domain.
 * V8 unwinds the running script only; the worker and its globals stay.
 */
export class WorkerInterrupter {
  readonly #session = new Session();
  readonly #sessions = new Map<string, string>();
  readonly #ready: Promise<void>;

  constructor() {
    this.#session.connect();
    this.#session.on("NodeWorker.attachedToWorker", (message) => {
      const { sessionId, workerInfo } = message.params as {
        sessionId: string;
        workerInfo: { workerId: string };
      };
      this.#sessions.set(workerInfo.workerId, sessionId);
    });
    this.#session.on("NodeWorker.detachedFromWorker", (message) => {
      const { sessionId } = message.params as { sessionId: string };
      for (const [worker, id] of this.#sessions) if (id === sessionId) this.#sessions.delete(worker);
    });
    this.#ready = new Promise((resolve) =>
      this.#session.post("NodeWorker.enable", { waitForDebuggerOnStart: false }, () => resolve()),
    );
  }

  /** Interrupts the worker's running script; false when the worker is not (yet) attached. */
  async interrupt(worker: Worker): Promise<boolean> {
    await this.#ready;
    const sessionId = this.#sessions.get(String(worker.threadId));
    if (sessionId === undefined) return false;
    const message = JSON.stringify({ id: 1, method: "Runtime.terminateExecution" });
    await new Promise<void>((resolve) =>
      this.#session.post("NodeWorker.sendMessageToWorker", { sessionId, message }, () => resolve()),
    );
    return true;
  }

  dispose(): void {
    this.#session.disconnect();
  }
}
