import type { ValidationProblem } from "./validation.js";

/**
 * Renders validation problems one per line as `path: message` (the value itself is `/`), at most `limit`
 * of them followed by a count of the rest.
 */
export function formatProblems(problems: readonly ValidationProblem[], limit = 10): string {
  const shown = problems
    .slice(0, limit)
    .map((problem) => `${problem.path === "" ? "/" : problem.path}: ${problem.message}`);
  if (problems.length > limit) shown.push(`... and ${problems.length - limit} more`);
  return shown.join("\n");
}
