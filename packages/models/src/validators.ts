/**
 * @pieces-distributions/models/validators: one runtime validator per schema of the document, generated as
 * plain specialised code (no validation library at run time). Each `validateX(value)` returns the typed value
 * or every problem with its JSON path; each `isX(value)` is a type guard; `formatProblems` renders problems
 * as `/github/gist/name: must be string` lines.
 */

export { formatProblems } from "./format-problems.js";
export * from "./generated/validators.js";
