import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback HTTP server that records every connection and request it gets. */
export interface Canary {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Paths requested, in order. */
  readonly requests: string[];
  /** TCP connections opened, with or without a request (preconnect opens one without). */
  connections(): number;
  close(): Promise<void>;
}

/** Starts a {@link Canary} on 127.0.0.1 and a random free port. */
export async function startCanary(): Promise<Canary> {
  const requests: string[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.end("canary");
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
