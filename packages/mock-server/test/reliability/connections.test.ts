import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { startMockServer } from "../../src/index.js";
import { fuzzParameters } from "./support/fuzz-seed.js";
import { exchange, openSocket } from "./support/raw-socket.js";

const encode = (text: string) => new TextEncoder().encode(text);

async function serverWithOne() {
  const server = await startMockServer({ port: 0 });
  onTestFinished(() => server.close());
  const created = await fetch(`${server.url}/distributions/create`, { method: "POST" });
  expect(created.status).toBe(200);
  const ids = async () =>
    (
      (await (await fetch(`${server.url}/distributions`)).json()) as { iterable: { id: string }[] }
    ).iterable.map((distribution) => distribution.id);
  return { server, ids, before: await ids() };
}

describe("hostile connections: the mock server keeps serving and changes nothing", () => {
  it("a create whose connection drops in the middle of its body creates nothing", async () => {
    const { server, ids, before } = await serverWithOne();
    const socket = await openSocket(server.url);
    const head =
      "POST /distributions/create HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n";
    await new Promise<void>((resolve) =>
      socket.write(`${head}{"github":{"gist":{"name":"cut`, () => resolve()),
    );
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.destroy();
    await closed;
    expect(await ids()).toEqual(before);
  });

  it("a client that sends headers and then stalls blocks no one, and close() still ends", async () => {
    const { server, ids, before } = await serverWithOne();
    const stalled = await openSocket(server.url);
    stalled.on("error", () => {});
    stalled.write("POST /distributions/create HTTP/1.1\r\nhost: x\r\ncontent-length: 50\r\n\r\n{");
    const silent = await openSocket(server.url);
    silent.on("error", () => {});
    expect(await ids()).toEqual(before);
    const stalledClosed = new Promise((resolve) => stalled.once("close", resolve));
    await server.close();
    await stalledClosed;
    silent.destroy();
  });

  it("a chunked create body (no Content-Length) is read whole and accepted", async () => {
    const { server, ids, before } = await serverWithOne();
    const body = JSON.stringify({ github: { gist: { name: "chunked.ts" } } });
    const half = Math.floor(body.length / 2);
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    const reply = await exchange(
      server.url,
      encode(
        "POST /distributions/create HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: application/json\r\n" +
          `transfer-encoding: chunked\r\n\r\n${chunk(body.slice(0, half))}${chunk(body.slice(half))}0\r\n\r\n`,
      ),
    );
    expect(reply).toMatch(/^HTTP\/1\.1 200 /);
    expect(reply).toContain('"name":"chunked.ts"');
    expect((await ids()).length).toBe(before.length + 1);
  });

  it("a client that hangs up before reading a snapshot's answer does no harm", async () => {
    const { server, ids, before } = await serverWithOne();
    for (let index = 0; index < 20; index += 1) {
      const socket = await openSocket(server.url);
      socket.on("error", () => {});
      socket.write("GET /distributions HTTP/1.1\r\nhost: x\r\n\r\n");
      socket.destroy();
    }
    expect(await ids()).toEqual(before);
  });

  it("arbitrary bytes on a connection (HTTP-like or not) never crash the server nor change the store", async () => {
    const { server, ids, before } = await serverWithOne();
    const httpish = fc
      .tuple(
        fc.constantFrom(
          "POST /distributions/create HTTP/1.1\r\n",
          "GET /distributions HTTP/1.1\r\n",
          "POST /distributions/x/delete HTTP/1.0\r\n",
          "",
        ),
        fc.uint8Array({ maxLength: 300 }),
      )
      .map(([start, rest]) => Uint8Array.from([...encode(start), ...rest]));
    // Bytes that happen to complete a create (e.g. a bare CRLF after the request line) may create one.
    let created = 0;
    await fc.assert(
      fc.asyncProperty(httpish, async (bytes) => {
        const reply = await exchange(server.url, bytes);
        // Whatever Node's parser makes of it, an answer is an HTTP answer and a bad request is refused.
        if (reply !== "") expect(reply).toMatch(/^HTTP\/1\.[01] (200|204|400|404|413|414|431|500|505) /);
        if (/^HTTP\/1\.[01] 200 .*"share"/s.test(reply)) created += 1;
      }),
      fuzzParameters(150),
    );
    const after = await ids();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBe(before.length + created);
  });
});
