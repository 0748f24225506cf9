/** JSON values written as TypeScript literals, for the reference's examples. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `value` as a TypeScript expression, indented by `indent` spaces after its first line. */
export function literal(value: unknown, indent = 0): string {
  const pad = " ".repeat(indent + 2);
  const end = " ".repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${pad}${literal(item, indent + 2)},`).join("\n")}\n${end}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(
      ([key, item]) =>
        `${pad}${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${literal(item, indent + 2)},`,
    );
    return `{\n${lines.join("\n")}\n${end}}`;
  }
  return JSON.stringify(value);
}
