import type { Distribution } from "@pieces-distributions/models";
import { describe, expect, it } from "vitest";
import { api } from "./support/api.js";
import { createRequestExamples } from "./support/document.js";
import { expectDocumented } from "./support/documented-response.js";
import { serverForTest } from "./support/server.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("create (POST /distributions/create)", () => {
  it.each(createRequestExamples())(
    "answers the document's %s request example with a documented Distribution",
    async (_name, seed) => {
      const server = await serverForTest();
      const distribution = await api(server.url).created(seed);
      expect(distribution.id).toMatch(UUID);
    },
  );

  it("builds a complete distribution: share with id, link, short code and access, readable timestamps", async () => {
    const server = await serverForTest();
    const distribution = await api(server.url).created({ mailgun: { recipients: { iterable: [] } } });
    expect(distribution.share.id).toMatch(UUID);
    expect(distribution.share.id).not.toBe(distribution.id);
    expect(distribution.share.short).toMatch(/^[A-Za-z0-9]{6}$/);
    expect(distribution.share.link).toBe(`https://pieces.link/s/${distribution.share.short}`);
    expect(distribution.share.access).toBe("PUBLIC");
    expect(distribution.share.distributions).toEqual({ iterable: [{ id: distribution.id }] });
    expect(distribution.created.readable).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    expect(distribution.updated).toEqual(distribution.created);
    expect(Date.parse(distribution.created.value)).not.toBeNaN();
  });

  it("keeps the mailgun recipients and gives each one with an e-mail address a Mailgun message id", async () => {
    const server = await serverForTest();
    const distribution = await api(server.url).created({
      mailgun: {
        recipients: { iterable: [{ email: "ada@example.com", name: "Ada" }, { username: "grace" }] },
      },
    });
    const [ada, grace] = distribution.mailgun?.recipients.iterable ?? [];
    expect(ada).toMatchObject({ email: "ada@example.com", name: "Ada" });
    expect(ada?.mailgun?.messageId).toMatch(/^<\d{14}\.[0-9a-f]{12}@mg\.pieces\.mock>$/);
    expect(grace).toEqual({ username: "grace" });
    expect(distribution.github).toBeUndefined();
  });

  it("fills a gist's defaults: public true, no recipients, a github_id and the gist's url", async () => {
    const server = await serverForTest();
    const distribution = await api(server.url).created({ github: { gist: { name: "debounce.ts" } } });
    const gist = distribution.github?.gist;
    expect(gist).toMatchObject({ name: "debounce.ts", public: true, recipients: { iterable: [] } });
    expect(gist?.description).toBeUndefined();
    expect(gist?.github_id).toMatch(/^[0-9a-f]{20}$/);
    expect(gist?.url).toBe(`https://gist.github.com/${gist?.github_id}`);
    expect(distribution.mailgun).toBeUndefined();
  });

  it("keeps a gist's own name, description, public flag and recipients", async () => {
    const server = await serverForTest();
    const recipients = { iterable: [{ username: "octocat", sourced: "GIT_HUB" as const }] };
    const distribution = await api(server.url).created({
      github: { gist: { name: "a.ts", description: "A helper", public: false, recipients } },
    });
    expect(distribution.github?.gist).toMatchObject({
      name: "a.ts",
      description: "A helper",
      public: false,
      recipients,
    });
  });

  it("accepts an absent body (the document makes it optional) and creates a bare distribution", async () => {
    const server = await serverForTest();
    const response = await api(server.url).create();
    const distribution = (await expectDocumented(
      "distributions_create_new_distribution",
      response,
    )) as Distribution;
    expect(response.status).toBe(200);
    expect(distribution.mailgun).toBeUndefined();
    expect(distribution.github).toBeUndefined();
    expect(await api(server.url).ids()).toEqual([distribution.id]);
  });

  it("gives every distribution a new id", async () => {
    const server = await serverForTest();
    const first = await api(server.url).created({});
    const second = await api(server.url).created({});
    expect(first.id).not.toBe(second.id);
    expect(first.share.id).not.toBe(second.share.id);
  });
});

describe("snapshot (GET /distributions)", () => {
  it("answers an empty, documented snapshot when nothing was created", async () => {
    const server = await serverForTest();
    expect(await api(server.url).snapshot()).toEqual({ iterable: [] });
  });

  it("returns every live distribution, exactly as created, in creation order", async () => {
    const server = await serverForTest();
    const client = api(server.url);
    const created = [];
    for (const name of ["a.ts", "b.ts", "c.ts"])
      created.push(await client.created({ github: { gist: { name } } }));
    expect((await client.snapshot()).iterable).toEqual(created);
  });
});

describe("delete (POST /distributions/{distribution}/delete)", () => {
  it("removes the distribution and answers a documented, empty 204", async () => {
    const server = await serverForTest();
    const client = api(server.url);
    const [first, second, third] = [
      await client.created({}),
      await client.created({}),
      await client.created({}),
    ];
    const response = await client.delete(second.id);
    expect(response.status).toBe(204);
    expect(await expectDocumented("distributions_delete_specific_distribution", response)).toBeNull();
    expect(await client.ids()).toEqual([first.id, third.id]);
  });

  it("answers 500 for the same id the second time", async () => {
    const server = await serverForTest();
    const client = api(server.url);
    const { id } = await client.created({});
    expect((await client.delete(id)).status).toBe(204);
    const again = await client.delete(id);
    expect(await expectDocumented("distributions_delete_specific_distribution", again)).toBe(
      `distribution not found: ${id}`,
    );
  });
});
