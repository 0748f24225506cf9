/** Small Markdown helpers shared by the reference's emitters. */

/** A table cell: one line, pipes escaped. */
export function cell(value: string): string {
  return value.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

/** A Markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (values: readonly string[]) => `| ${values.map(cell).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

/** Inline code. */
export function code(value: string): string {
  return `\`${value}\``;
}

/** The GitHub anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
export function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");
}

/** A page: its blocks separated by blank lines, ending with one newline. */
export function page(blocks: readonly (string | null)[]): string {
  return `${blocks.filter((block): block is string => block !== null && block !== "").join("\n\n")}\n`;
}
