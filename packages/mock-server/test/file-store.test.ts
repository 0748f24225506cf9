import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Distribution } from "@pieces-distributions/models";
import { validateDistributions } from "@pieces-distributions/models/validators";
import { describe, expect, it } from "vitest";
import { buildDistribution, DataFileError, openFileStore, startMockServer } from "../src/index.js";
import { api } from "./support/api.js";
import { serverForTest } from "./support/server.js";
import { temporaryDirectory } from "./support/temporary-directory.js";

const distribution = (name: string): Distribution => buildDistribution({ github: { gist: { name } } });

describe("file store", () => {
  it("starts empty when the data file does not exist, and creates it on the first change", async () => {
    const file = path.join(await temporaryDirectory(), "data.json");
    const store = await openFileStore(file);
    expect(await store.list()).toEqual([]);
    const one = distribution("a.ts");
    await store.add(one);
    const saved: unknown = JSON.parse(await readFile(file, "utf8"));
    expect(validateDistributions(saved).ok).toBe(true);
    expect(saved).toEqual({ iterable: [one] });
  });

  it("writes every acknowledged change before it resolves, oldest first", async () => {
    const file = path.join(await temporaryDirectory(), "data.json");
    const store = await openFileStore(file);
    const [a, b, c] = [distribution("a.ts"), distribution("b.ts"), distribution("c.ts")];
    await store.add(a);
    await store.add(b);
    await store.add(c);
    expect(await store.remove(b.id)).toBe(true);
    expect(await store.remove(b.id)).toBe(false);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ iterable: [a, c] });
  });

  it("refuses a second distribution with an id it already holds", async () => {
    const file = path.join(await temporaryDirectory(), "data.json");
    const store = await openFileStore(file);
    const one = distribution("a.ts");
    await store.add(one);
    await expect(store.add(one)).rejects.toThrow(`a distribution with id ${one.id} already exists`);
    expect(await store.list()).toEqual([one]);
  });

  it("keeps the state on disk when a write fails: the change is rejected and not applied", async () => {
    const file = path.join(await temporaryDirectory(), "data.json");
    const one = distribution("kept.ts");
    await (await openFileStore(file)).add(one);
    const before = await readFile(file, "utf8");
    const store = await openFileStore(file, {
      atomicWrite: {
        rename: async () => {
          throw new Error("disk full");
        },
      },
    });
    await expect(store.add(distribution("lost.ts"))).rejects.toThrow("disk full");
    await expect(store.remove(one.id)).rejects.toThrow("disk full");
    expect(await store.list()).toEqual([one]);
    expect(await readFile(file, "utf8")).toBe(before);
  });

  it.each([
    ["not JSON", "{ iterable: [", /it is not valid JSON\./],
    [
      "not a Distributions document",
      '{"items": []}',
      /it is not a Distributions document \(\{"iterable": \[\.\.\.\]\}\)\.\n\/iterable: is required/,
    ],
    [
      "a distribution that does not validate",
      '{"iterable": [{"id": 1}]}',
      /\/iterable\/0\/id: must be string/,
    ],
    ["empty", "", /it is not valid JSON\./],
  ])(
    "refuses a data file that is %s with an error naming the file, and leaves it as it is",
    async (_what, text, reason) => {
      const file = path.join(await temporaryDirectory(), "data.json");
      await writeFile(file, text);
      const error = await openFileStore(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DataFileError);
      expect((error as DataFileError).file).toBe(file);
      expect((error as DataFileError).message).toContain(`Cannot use the data file ${file}: `);
      expect((error as DataFileError).message).toMatch(reason);
      expect(await readFile(file, "utf8")).toBe(text);
    },
  );

  it("refuses a data file that holds one id twice", async () => {
    const file = path.join(await temporaryDirectory(), "data.json");
    const one = distribution("twice.ts");
    await writeFile(file, JSON.stringify({ iterable: [one, one] }));
    await expect(openFileStore(file)).rejects.toThrow(`holds the distribution id ${one.id} more than once`);
  });

  it("makes startMockServer reject with the DataFileError, without listening", async () => {
    const file = path.join(await temporaryDirectory(), "data.json");
    await writeFile(file, "garbage");
    await expect(startMockServer({ port: 0, dataFile: file })).rejects.toBeInstanceOf(DataFileError);
  });
});

describe("persistence across a restart (dataFile)", () => {
  it("a new server on the same data file answers the same snapshot, and later changes carry on", async () => {
    const dataFile = path.join(await temporaryDirectory(), "distributions.json");
    const first = await startMockServer({ port: 0, dataFile });
    const client = api(first.url);
    const a = await client.created({ mailgun: { recipients: { iterable: [{ email: "ada@example.com" }] } } });
    const b = await client.created({ github: { gist: { name: "b.ts" } } });
    const c = await client.created({});
    expect((await client.delete(b.id)).status).toBe(204);
    await first.close();

    const second = await serverForTest({ dataFile });
    const again = api(second.url);
    expect((await again.snapshot()).iterable).toEqual([a, c]);
    const d = await again.created({});
    expect(await again.ids()).toEqual([a.id, c.id, d.id]);
  });

  it("a failed create or delete changes neither the answers nor the file", async () => {
    const dataFile = path.join(await temporaryDirectory(), "distributions.json");
    const server = await serverForTest({ dataFile });
    const client = api(server.url);
    const kept = await client.created({});
    const before = await readFile(dataFile, "utf8");
    expect((await client.create({ github: { gist: {} } })).status).toBe(500);
    expect((await client.delete("missing")).status).toBe(500);
    expect(await readFile(dataFile, "utf8")).toBe(before);
    expect(await client.ids()).toEqual([kept.id]);
  });
});
