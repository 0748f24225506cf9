/**
 * The runtime half of the generated validators (`generated/validators.ts`): the result types and the
 * translation of the standalone Ajv validators' errors into problems with JSON paths. Hand-written; the
 * generated module imports it, never the other way round.
 */

/** One thing wrong with a value: where (a JSON Pointer, `""` for the value itself) and what. */
export interface ValidationProblem {
  /** JSON Pointer to the offending value, such as `/github/gist/name`; `""` is the value itself. */
  readonly path: string;
  /** What is wrong there, such as `must be string`. */
  readonly message: string;
}

/** The outcome of a validation: the value, typed, or the list of problems (never empty). */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

/** An error as a standalone Ajv validator reports it (the fields used here). */
interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: { readonly [name: string]: unknown };
  readonly message?: string;
}

/** A compiled standalone validator: a boolean, with the errors of the last failed call on `errors`. */
export type CompiledValidator = ((value: unknown) => boolean) & { errors?: readonly AjvError[] | null };

function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** One Ajv error as a problem: a missing property is named by its own path, an enum lists its members. */
function problemOf(error: AjvError): ValidationProblem {
  if (error.keyword === "required")
    return {
      path: `${error.instancePath}/${pointerToken(String(error.params.missingProperty))}`,
      message: "is required",
    };
  if (error.keyword === "enum")
    return {
      path: error.instancePath,
      message: `must be one of ${(error.params.allowedValues as unknown[]).map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(", ")}`,
    };
  return { path: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
}

/** Runs `validate` on `value`: the typed value, or every problem with its JSON path. */
export function resultOf<T>(validate: CompiledValidator, value: unknown): ValidationResult<T> {
  if (validate(value)) return { ok: true, value: value as T };
  // Composition keywords (oneOf, anyOf) add a summary error after their branches' ones; both are kept.
  return { ok: false, problems: (validate.errors ?? []).map(problemOf) };
}
