import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The OpenAPI document, parsed (aliases resolved). */
export const document = parse(
  readFileSync(
    fileURLToPath(new URL("../../../../openapi/pieces-os-distributions.yaml", import.meta.url)),
    "utf8",
  ),
) as {
  paths: Record<
    string,
    Record<
      string,
      { requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> } }
    >
  >;
};

/** The request examples the document gives for creating a distribution, by name. */
export function createRequestExamples(): [string, unknown][] {
  const examples =
    document.paths["/distributions/create"]?.post?.requestBody?.content["application/json"]?.examples ?? {};
  return Object.entries(examples).map(([name, example]) => [name, example.value]);
}
