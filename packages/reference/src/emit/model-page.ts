/** One page per component schema: `docs/models/<Name>.md`, with every field or enum value. */
import { type Json, type ReferenceModel, refName } from "../document.js";
import { cell, code, page, table } from "./markdown.js";
import { typeText } from "./type-text.js";

const fromModelPage = (name: string) => `${name}.md`;

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** A field's description: its own, else the title of the schema it references. */
function fieldDescription(schema: Json, models: ReadonlyMap<string, Json>): string {
  const own = text(schema.description);
  const name = refName(schema);
  const described = own !== "" ? own : name === null ? "" : `${text(models.get(name)?.title)}.`;
  return schema.default === undefined
    ? described
    : `${described} Default: ${code(JSON.stringify(schema.default))}.`;
}

function fieldsTable(model: ReferenceModel, models: ReadonlyMap<string, Json>): string | null {
  const properties = (model.schema.properties as { readonly [name: string]: Json } | undefined) ?? {};
  const required = new Set((model.schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(([name, schema]) => [
    code(name),
    typeText(schema, fromModelPage),
    required.has(name) ? "yes" : "no",
    fieldDescription(schema, models),
  ]);
  return rows.length === 0 ? null : table(["field (wire name)", "type", "required", "description"], rows);
}

function extraProperties(schema: Json): string | null {
  const extra = schema.additionalProperties;
  if (extra === true)
    return "Any other property is accepted, with any JSON value: its fields are not typed here.";
  if (typeof extra === "object" && extra !== null)
    return `Any other property is accepted when it is ${typeText(extra as Json, fromModelPage)}.`;
  if (schema.type === "object" && schema.properties !== undefined)
    return "Properties the document does not list are accepted by the validators (Pieces OS may add some) but not typed.";
  return null;
}

/** The Markdown page of one model. */
export function modelPage(model: ReferenceModel, models: ReadonlyMap<string, Json>, header: string): string {
  const { schema } = model;
  const values = Array.isArray(schema.enum)
    ? table(
        ["value"],
        schema.enum.map((value) => [code(JSON.stringify(value))]),
      )
    : null;
  const usedBy =
    model.usedBy.length === 0
      ? "No operation uses it directly."
      : model.usedBy.map((method) => `- [${code(method)}](../README.md#${method.toLowerCase()})`).join("\n");
  const examples = (schema.examples as unknown[] | undefined) ?? [];
  return page([
    header,
    `# ${model.name}`,
    `**${cell(text(schema.title))}.** ${text(schema.description)}`,
    `${values === null ? "An object" : `A ${typeText({ type: schema.type } as Json, fromModelPage)} enum`}; in TypeScript: ${code(`import type { ${model.name} } from "@pieces-distributions/models";`)}`,
    values === null ? "## Fields" : "## Values",
    values ?? fieldsTable(model, models) ?? "No fields of its own.",
    values === null ? extraProperties(schema) : null,
    examples.length === 0 ? null : "## Example",
    examples.length === 0 ? null : ["```json", JSON.stringify(examples[0], null, 2), "```"].join("\n"),
    "## Used by",
    usedBy,
    "[Back to the reference](../README.md)",
  ]);
}
