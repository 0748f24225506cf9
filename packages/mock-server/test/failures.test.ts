import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../src/index.js";
import { api } from "./support/api.js";
import { expectDocumented, readResponse } from "./support/documented-response.js";
import { routeList, unroutedRequests } from "./support/routes.js";
import { serverForTest } from "./support/server.js";

/** A server holding one distribution, and that distribution's id. */
async function serverWithOne() {
  const server = await serverForTest();
  const client = api(server.url);
  const { id } = await client.created({ github: { gist: { name: "kept.ts" } } });
  return { server, client, id };
}

describe("documented failures: a 500 with a text/plain message saying what was wrong, and no change", () => {
  it("an unknown id", async () => {
    const { client, id } = await serverWithOne();
    const response = await client.delete("7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41");
    expect(response.status).toBe(500);
    expect(await expectDocumented("distributions_delete_specific_distribution", response)).toBe(
      "distribution not found: 7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41",
    );
    expect(await client.ids()).toEqual([id]);
  });

  it("an id with an encoded slash stays one id and never reaches another route", async () => {
    const { server, client, id } = await serverWithOne();
    const response = await fetch(`${server.url}/distributions/..%2Fcreate/delete`, { method: "POST" });
    expect(await expectDocumented("distributions_delete_specific_distribution", response)).toBe(
      "distribution not found: ../create",
    );
    expect(await client.ids()).toEqual([id]);
  });

  it("an id that is not valid percent-encoding", async () => {
    const { server, client, id } = await serverWithOne();
    const response = await fetch(`${server.url}/distributions/%E0%A4%A/delete`, { method: "POST" });
    expect(await expectDocumented("distributions_delete_specific_distribution", response)).toBe(
      "path parameter distribution is not valid percent-encoding: %E0%A4%A",
    );
    expect(await client.ids()).toEqual([id]);
  });

  it("a body that is not JSON", async () => {
    const { client, id } = await serverWithOne();
    const response = await client.create(undefined, { raw: "{not json" });
    const message = await expectDocumented("distributions_create_new_distribution", response);
    expect(response.status).toBe(500);
    expect(message).toMatch(/^request body is not valid JSON: /);
    expect(await client.ids()).toEqual([id]);
  });

  it("a body that is not UTF-8", async () => {
    const { server, client, id } = await serverWithOne();
    const body = Buffer.concat([
      Buffer.from('{"github":{"gist":{"name":"a'),
      Buffer.from([0xff]),
      Buffer.from('"}}}'),
    ]);
    const response = await fetch(`${server.url}/distributions/create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(await expectDocumented("distributions_create_new_distribution", response)).toBe(
      "request body is not valid UTF-8 (JSON must be sent as UTF-8)",
    );
    expect(await client.ids()).toEqual([id]);
  });

  it("a body sent with another content type than application/json", async () => {
    const { client, id } = await serverWithOne();
    const response = await client.create(undefined, { raw: "{}", contentType: "text/plain" });
    expect(await expectDocumented("distributions_create_new_distribution", response)).toBe(
      'request body must be sent as application/json, but its Content-Type is "text/plain"',
    );
    expect(await client.ids()).toEqual([id]);
  });

  it("a body that is not a SeededDistribution, naming the JSON path of each problem", async () => {
    const { client, id } = await serverWithOne();
    const response = await client.create({ github: { gist: { name: 42 } }, mailgun: {} });
    const message = await expectDocumented("distributions_create_new_distribution", response);
    expect(message).toMatch(/^request body is not a SeededDistribution:\n/);
    expect(message).toContain("/github/gist/name: must be string");
    expect(message).toContain("/mailgun");
    expect(await client.ids()).toEqual([id]);
  });

  it("a JSON body that is not an object", async () => {
    const { client, id } = await serverWithOne();
    const response = await client.create([1, 2]);
    expect(await expectDocumented("distributions_create_new_distribution", response)).toMatch(
      /^request body is not a SeededDistribution:\n\/: /,
    );
    expect(await client.ids()).toEqual([id]);
  });

  it("a body over 1 MiB", async () => {
    const { client, id } = await serverWithOne();
    const name = "x".repeat(MAX_BODY_BYTES);
    const response = await client.create({ github: { gist: { name } } });
    const message = await expectDocumented("distributions_create_new_distribution", response);
    expect(message).toMatch(
      /^request body is too large: \d+ bytes, over the limit of 1 MiB \(1048576 bytes\)$/,
    );
    expect(await client.ids()).toEqual([id]);
  });

  it("accepts a body of exactly 1 MiB", async () => {
    const { client, id } = await serverWithOne();
    const envelope = JSON.stringify({ github: { gist: { name: "" } } });
    const name = "x".repeat(MAX_BODY_BYTES - envelope.length);
    const body = JSON.stringify({ github: { gist: { name } } });
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const created = await client.created(JSON.parse(body));
    expect(created.github?.gist?.name).toHaveLength(name.length);
    expect(await client.ids()).toEqual([id, created.id]);
  });
});

describe("requests that address no operation of the document: 404 text/plain", () => {
  it.each(unroutedRequests())("%s %s", async (method, path) => {
    const { server, client, id } = await serverWithOne();
    const read = await readResponse(await fetch(`${server.url}${path}`, { method }));
    expect(read.status).toBe(404);
    expect(read.mediaType).toBe("text/plain");
    expect(read.text).toBe(`no operation at ${method} ${path}; the document defines ${routeList}`);
    expect(await client.ids()).toEqual([id]);
  });

  it("ignores a query string when matching", async () => {
    const server = await serverForTest();
    const response = await fetch(`${server.url}/distributions?page=2`);
    expect(await expectDocumented("distributions_snapshot", response)).toEqual({ iterable: [] });
  });
});
