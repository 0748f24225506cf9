import { spawnSync } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { removeStaleTemporaryFiles, temporaryFileFor, writeFileAtomically } from "../src/atomic-write.js";
import { openFileStore } from "../src/index.js";
import { temporaryDirectory } from "./support/temporary-directory.js";

const OLD = `${JSON.stringify({ iterable: [] })}\n`;

describe("writeFileAtomically", () => {
  it("replaces the file's content and leaves no temporary file behind", async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, "data.json");
    await writeFile(file, OLD);
    await writeFileAtomically(file, "new content");
    expect(await readFile(file, "utf8")).toBe("new content");
    expect(await readdir(directory)).toEqual(["data.json"]);
  });

  it("creates the file when it does not exist yet", async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, "data.json");
    await writeFileAtomically(file, "first");
    expect(await readFile(file, "utf8")).toBe("first");
  });

  it("leaves the old file intact when the rename step fails, and removes its temporary file", async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, "data.json");
    await writeFile(file, OLD);
    let temporaryContent = "";
    const rename = async (from: string) => {
      temporaryContent = await readFile(from, "utf8");
      throw new Error("simulated crash between write and rename");
    };
    await expect(writeFileAtomically(file, "new content", { rename })).rejects.toThrow("simulated crash");
    expect(temporaryContent).toBe("new content");
    expect(await readFile(file, "utf8")).toBe(OLD);
    expect(await readdir(directory)).toEqual(["data.json"]);
  });

  it("names its temporary file beside the target, so the rename stays on one file system", () => {
    const temporary = temporaryFileFor("/data/store/distributions.json");
    expect(path.dirname(temporary)).toBe("/data/store");
    expect(path.basename(temporary)).toMatch(/^\.distributions\.json\.\d+\.[0-9a-f]{8}\.tmp$/);
  });

  it("survives a real crash between write and rename: the old file is intact and still loads", async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, "data.json");
    await writeFile(file, OLD);
    // A child process writes the new content, fsyncs it, and is killed (SIGKILL) just before the rename.
    const script = `
      import { writeFileAtomically } from ${JSON.stringify(fileURLToPath(new URL("../src/atomic-write.ts", import.meta.url)))};
      await writeFileAtomically(process.argv[1], "half-way", { rename: async () => { process.kill(process.pid, "SIGKILL"); } });
    `;
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script, file],
      {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        encoding: "utf8",
      },
    );
    expect(child.signal, child.stderr).toBe("SIGKILL");
    expect(await readFile(file, "utf8")).toBe(OLD);
    const leftOver = (await readdir(directory)).filter((name) => name !== "data.json");
    expect(leftOver).toHaveLength(1);
    expect(await readFile(path.join(directory, leftOver[0] ?? ""), "utf8")).toBe("half-way");
    const store = await openFileStore(file);
    expect(await store.list()).toEqual([]);
  });
});

describe("removeStaleTemporaryFiles", () => {
  it("removes what a killed writer left and keeps a running writer's file and everything else", async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, "data.json");
    await writeFile(file, OLD);
    // A process that has exited: its pid is free (and not reused within this test).
    const exited = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    const deadPid = Number(exited.stdout);
    const stale = `.data.json.${deadPid}.0a1b2c3d.tmp`;
    const live = `.data.json.${process.pid}.deadbeef.tmp`;
    const unrelated = [".other.json.1.0a1b2c3d.tmp", ".data.json.notes", "data.json.1.tmp"];
    for (const name of [stale, live, ...unrelated]) await writeFile(path.join(directory, name), "partial");

    const removed = await removeStaleTemporaryFiles(file);

    expect(removed).toEqual([path.join(directory, stale)]);
    expect((await readdir(directory)).sort()).toEqual([live, ...unrelated, "data.json"].sort());
  });

  it("cleans up when a file store opens, leaving the data intact", async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, "data.json");
    await writeFile(file, OLD);
    const exited = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    await writeFile(path.join(directory, `.data.json.${exited.stdout}.00ff00ff.tmp`), '{"iterable": [');

    const store = await openFileStore(file);

    expect(await readdir(directory)).toEqual(["data.json"]);
    expect(await store.list()).toEqual([]);
    await store.close();
  });
});
