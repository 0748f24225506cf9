/**
 * The reference emitter: a plain function from the document's operations and models (joined with the
 * client's operation table) to the files of `docs/`, by path relative to `docs/`.
 */
import type { Json, ReferenceInput } from "../document.js";
import { anchor, code, page, table } from "./markdown.js";
import { modelPage } from "./model-page.js";
import { operationSection } from "./operation-section.js";

const fromReadme = (name: string) => `models/${name}.md`;

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** Every file of `docs/`: `README.md` and `models/<Name>.md`, each starting with `header`. */
export function emitReference(input: ReferenceInput, header: string): Map<string, string> {
  const models = new Map<string, Json>(input.models.map((model) => [model.name, model.schema]));
  const operationsTable = table(
    ["method", "HTTP request", "summary"],
    input.operations.map((operation) => [
      `[${code(operation.methodName)}](#${anchor(operation.methodName)})`,
      code(`${operation.method} ${operation.path}`),
      operation.summary,
    ]),
  );
  const modelsTable = table(
    ["model", "what it is"],
    input.models.map((model) => [
      `[${code(model.name)}](${fromReadme(model.name)})`,
      text(model.schema.title),
    ]),
  );
  const readme = page([
    header,
    `# ${input.title}: reference`,
    [
      `Every operation of the document, as the methods of ${code("createDistributionsClient()")} from`,
      `${code("@pieces-distributions/client")}, and every model of ${code("@pieces-distributions/models")}. All`,
      `methods are on the client returned by ${code("createDistributionsClient(options?)")}`,
      "([options](../packages/client/README.md#options)); every example below is type-checked and run against the mock",
      "server by `pnpm test`.",
    ].join("\n"),
    "## Operations",
    operationsTable,
    "## Models",
    modelsTable,
    ...input.operations.map((operation) => operationSection(operation, fromReadme)),
  ]);
  const files = new Map<string, string>([["README.md", readme]]);
  for (const model of input.models) files.set(`models/${model.name}.md`, modelPage(model, models, header));
  return files;
}
