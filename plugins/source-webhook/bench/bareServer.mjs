// The baseline of the receiver benchmark: node:http that reads the body and answers 202, storing nothing.
// Prints {"port": …} on stdout once listening. Plain JavaScript, like the receiver's child, so neither pays for
// a TypeScript loader.
import { createServer } from "node:http";

const server = createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => {
    res.writeHead(202, { "content-type": "application/json", "content-length": 21 });
    res.end('{"status":"accepted"}');
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
