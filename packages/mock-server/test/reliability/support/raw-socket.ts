import { connect, type Socket } from "node:net";

/** Opens a TCP connection to a base URL's host and port, resolving once connected. */
export function openSocket(baseUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.off("error", reject);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/**
 * Writes `bytes` on a fresh connection, half-closes it, and resolves with everything the server sent back
 * once it closed the connection (an error such as a reset counts as closing).
 */
export async function exchange(baseUrl: string, bytes: Uint8Array): Promise<string> {
  const socket = await openSocket(baseUrl);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => {});
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("latin1")));
    socket.end(Buffer.from(bytes));
  });
}
