/** Naming rules shared by the emitters (the official Pieces SDK's, from openapi-generator typescript-fetch). */

/**
 * `distributions_create_new_distribution` -> `distributionsCreateNewDistribution`, `X-Request-Tag` ->
 * `xRequestTag`: the camelCase openapi-generator's typescript-fetch gives operations and parameters.
 */
export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  return words
    .map((word, index) =>
      index === 0
        ? word.charAt(0).toLowerCase() + word.slice(1)
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join("");
}

/** `distributions_snapshot` -> `DistributionsSnapshot`. */
export function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** Text on one line: whitespace runs collapsed, ends trimmed; `undefined` becomes `""`. */
export function oneLine(text: unknown): string {
  return String(text ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A `/** ... *\/` comment of `lines` at `indent` (one line when there is one line). */
export function docComment(lines: readonly string[], indent: string): string {
  if (lines.length === 1) return `${indent}/** ${String(lines[0]).replace(/\*\//g, "*\\/")} */`;
  const body = lines.map((line) =>
    line === "" ? `${indent} *` : `${indent} * ${line.replace(/\*\//g, "*\\/")}`,
  );
  return [`${indent}/**`, ...body, `${indent} */`].join("\n");
}
