import { loadDocument } from "./document.js";

/** One example of the document, with the schema it must satisfy. */
export interface DocumentExample {
  /** Where the example sits in the document, for test names. */
  readonly location: string;
  readonly schema: string;
  readonly value: unknown;
}

const SCHEMA_REF = "#/components/schemas/";

function resolveExample(document: Record<string, any>, example: any): unknown {
  if (typeof example?.$ref === "string") {
    const name = example.$ref.slice("#/components/examples/".length);
    return document.components.examples[name].value;
  }
  return example.value;
}

/** Every example in the document: schema-level `examples` and the request/response media-type examples. */
export function documentExamples(): DocumentExample[] {
  const document = loadDocument();
  const found: DocumentExample[] = [];
  for (const [name, schema] of Object.entries<any>(document.components.schemas)) {
    (schema.examples ?? []).forEach((value: unknown, index: number) => {
      found.push({ location: `#/components/schemas/${name}/examples/${index}`, schema: name, value });
    });
  }
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      const media: [string, any][] = [];
      const body = operation.requestBody?.content?.["application/json"];
      if (body !== undefined) media.push([`${method} ${path} request`, body]);
      for (const [status, response] of Object.entries<any>(operation.responses ?? {})) {
        const json = response.content?.["application/json"];
        if (json !== undefined) media.push([`${method} ${path} ${status}`, json]);
      }
      for (const [where, content] of media) {
        const schema = String(content.schema.$ref).slice(SCHEMA_REF.length);
        for (const [exampleName, example] of Object.entries<any>(content.examples ?? {})) {
          found.push({
            location: `${where} example ${exampleName}`,
            schema,
            value: resolveExample(document, example),
          });
        }
      }
    }
  }
  return found;
}
