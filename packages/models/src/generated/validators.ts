// Generated from openapi/pieces-os-distributions.yaml by packages/models/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.

import type { components } from "./openapi.js";
import * as standalone from "./ajv-standalone.js";
import { type CompiledValidator, resultOf, type ValidationResult } from "../validation.js";

export type { ValidationProblem, ValidationResult } from "../validation.js";

const compiled = standalone as unknown as { readonly [key: string]: CompiledValidator } & {
  readonly s0: CompiledValidator;
  readonly s1: CompiledValidator;
  readonly s2: CompiledValidator;
  readonly s3: CompiledValidator;
  readonly s4: CompiledValidator;
  readonly s5: CompiledValidator;
  readonly s6: CompiledValidator;
  readonly s7: CompiledValidator;
  readonly s8: CompiledValidator;
  readonly s9: CompiledValidator;
  readonly s10: CompiledValidator;
  readonly s11: CompiledValidator;
  readonly s12: CompiledValidator;
  readonly s13: CompiledValidator;
  readonly s14: CompiledValidator;
  readonly s15: CompiledValidator;
  readonly s16: CompiledValidator;
  readonly s17: CompiledValidator;
  readonly s18: CompiledValidator;
  readonly s19: CompiledValidator;
  readonly s20: CompiledValidator;
  readonly s21: CompiledValidator;
  readonly s22: CompiledValidator;
  readonly s23: CompiledValidator;
  readonly s24: CompiledValidator;
  readonly s25: CompiledValidator;
  readonly s26: CompiledValidator;
};

/** The name of every schema in the document. */
export type SchemaName = "AccessEnum" | "EmbeddedModelSchemaSemanticVersionEnum" | "ExternallySourcedEnum" | "EmbeddedModelSchema" | "GroupedTimestamp" | "Score" | "FlattenedUserProfile" | "Accessor" | "Accessors" | "FlattenedAsset" | "ReferencedAsset" | "FlattenedAssets" | "MailgunMetadata" | "PersonBasicType" | "Recipients" | "MailgunDistribution" | "GitHubGistDistribution" | "GitHubDistribution" | "FlattenedDistribution" | "ReferencedDistribution" | "FlattenedDistributions" | "FlattenedShare" | "Distribution" | "Distributions" | "SeededGitHubGistDistribution" | "SeededGitHubDistribution" | "SeededDistribution";

/** The names of every schema in the document, in document order. */
export const schemaNames: readonly SchemaName[] = ["AccessEnum", "EmbeddedModelSchemaSemanticVersionEnum", "ExternallySourcedEnum", "EmbeddedModelSchema", "GroupedTimestamp", "Score", "FlattenedUserProfile", "Accessor", "Accessors", "FlattenedAsset", "ReferencedAsset", "FlattenedAssets", "MailgunMetadata", "PersonBasicType", "Recipients", "MailgunDistribution", "GitHubGistDistribution", "GitHubDistribution", "FlattenedDistribution", "ReferencedDistribution", "FlattenedDistributions", "FlattenedShare", "Distribution", "Distributions", "SeededGitHubGistDistribution", "SeededGitHubDistribution", "SeededDistribution"];

/** Whether `value` is a valid `AccessEnum` (a type guard). */
export function isAccessEnum(value: unknown): value is components["schemas"]["AccessEnum"] {
  return compiled.s0(value);
}

/** Validates `value` as a `AccessEnum`: the typed value, or every problem with its JSON path. */
export function validateAccessEnum(value: unknown): ValidationResult<components["schemas"]["AccessEnum"]> {
  return resultOf(compiled.s0, value);
}

/** Whether `value` is a valid `EmbeddedModelSchemaSemanticVersionEnum` (a type guard). */
export function isEmbeddedModelSchemaSemanticVersionEnum(value: unknown): value is components["schemas"]["EmbeddedModelSchemaSemanticVersionEnum"] {
  return compiled.s1(value);
}

/** Validates `value` as a `EmbeddedModelSchemaSemanticVersionEnum`: the typed value, or every problem with its JSON path. */
export function validateEmbeddedModelSchemaSemanticVersionEnum(value: unknown): ValidationResult<components["schemas"]["EmbeddedModelSchemaSemanticVersionEnum"]> {
  return resultOf(compiled.s1, value);
}

/** Whether `value` is a valid `ExternallySourcedEnum` (a type guard). */
export function isExternallySourcedEnum(value: unknown): value is components["schemas"]["ExternallySourcedEnum"] {
  return compiled.s2(value);
}

/** Validates `value` as a `ExternallySourcedEnum`: the typed value, or every problem with its JSON path. */
export function validateExternallySourcedEnum(value: unknown): ValidationResult<components["schemas"]["ExternallySourcedEnum"]> {
  return resultOf(compiled.s2, value);
}

/** Whether `value` is a valid `EmbeddedModelSchema` (a type guard). */
export function isEmbeddedModelSchema(value: unknown): value is components["schemas"]["EmbeddedModelSchema"] {
  return compiled.s3(value);
}

/** Validates `value` as a `EmbeddedModelSchema`: the typed value, or every problem with its JSON path. */
export function validateEmbeddedModelSchema(value: unknown): ValidationResult<components["schemas"]["EmbeddedModelSchema"]> {
  return resultOf(compiled.s3, value);
}

/** Whether `value` is a valid `GroupedTimestamp` (a type guard). */
export function isGroupedTimestamp(value: unknown): value is components["schemas"]["GroupedTimestamp"] {
  return compiled.s4(value);
}

/** Validates `value` as a `GroupedTimestamp`: the typed value, or every problem with its JSON path. */
export function validateGroupedTimestamp(value: unknown): ValidationResult<components["schemas"]["GroupedTimestamp"]> {
  return resultOf(compiled.s4, value);
}

/** Whether `value` is a valid `Score` (a type guard). */
export function isScore(value: unknown): value is components["schemas"]["Score"] {
  return compiled.s5(value);
}

/** Validates `value` as a `Score`: the typed value, or every problem with its JSON path. */
export function validateScore(value: unknown): ValidationResult<components["schemas"]["Score"]> {
  return resultOf(compiled.s5, value);
}

/** Whether `value` is a valid `FlattenedUserProfile` (a type guard). */
export function isFlattenedUserProfile(value: unknown): value is components["schemas"]["FlattenedUserProfile"] {
  return compiled.s6(value);
}

/** Validates `value` as a `FlattenedUserProfile`: the typed value, or every problem with its JSON path. */
export function validateFlattenedUserProfile(value: unknown): ValidationResult<components["schemas"]["FlattenedUserProfile"]> {
  return resultOf(compiled.s6, value);
}

/** Whether `value` is a valid `Accessor` (a type guard). */
export function isAccessor(value: unknown): value is components["schemas"]["Accessor"] {
  return compiled.s7(value);
}

/** Validates `value` as a `Accessor`: the typed value, or every problem with its JSON path. */
export function validateAccessor(value: unknown): ValidationResult<components["schemas"]["Accessor"]> {
  return resultOf(compiled.s7, value);
}

/** Whether `value` is a valid `Accessors` (a type guard). */
export function isAccessors(value: unknown): value is components["schemas"]["Accessors"] {
  return compiled.s8(value);
}

/** Validates `value` as a `Accessors`: the typed value, or every problem with its JSON path. */
export function validateAccessors(value: unknown): ValidationResult<components["schemas"]["Accessors"]> {
  return resultOf(compiled.s8, value);
}

/** Whether `value` is a valid `FlattenedAsset` (a type guard). */
export function isFlattenedAsset(value: unknown): value is components["schemas"]["FlattenedAsset"] {
  return compiled.s9(value);
}

/** Validates `value` as a `FlattenedAsset`: the typed value, or every problem with its JSON path. */
export function validateFlattenedAsset(value: unknown): ValidationResult<components["schemas"]["FlattenedAsset"]> {
  return resultOf(compiled.s9, value);
}

/** Whether `value` is a valid `ReferencedAsset` (a type guard). */
export function isReferencedAsset(value: unknown): value is components["schemas"]["ReferencedAsset"] {
  return compiled.s10(value);
}

/** Validates `value` as a `ReferencedAsset`: the typed value, or every problem with its JSON path. */
export function validateReferencedAsset(value: unknown): ValidationResult<components["schemas"]["ReferencedAsset"]> {
  return resultOf(compiled.s10, value);
}

/** Whether `value` is a valid `FlattenedAssets` (a type guard). */
export function isFlattenedAssets(value: unknown): value is components["schemas"]["FlattenedAssets"] {
  return compiled.s11(value);
}

/** Validates `value` as a `FlattenedAssets`: the typed value, or every problem with its JSON path. */
export function validateFlattenedAssets(value: unknown): ValidationResult<components["schemas"]["FlattenedAssets"]> {
  return resultOf(compiled.s11, value);
}

/** Whether `value` is a valid `MailgunMetadata` (a type guard). */
export function isMailgunMetadata(value: unknown): value is components["schemas"]["MailgunMetadata"] {
  return compiled.s12(value);
}

/** Validates `value` as a `MailgunMetadata`: the typed value, or every problem with its JSON path. */
export function validateMailgunMetadata(value: unknown): ValidationResult<components["schemas"]["MailgunMetadata"]> {
  return resultOf(compiled.s12, value);
}

/** Whether `value` is a valid `PersonBasicType` (a type guard). */
export function isPersonBasicType(value: unknown): value is components["schemas"]["PersonBasicType"] {
  return compiled.s13(value);
}

/** Validates `value` as a `PersonBasicType`: the typed value, or every problem with its JSON path. */
export function validatePersonBasicType(value: unknown): ValidationResult<components["schemas"]["PersonBasicType"]> {
  return resultOf(compiled.s13, value);
}

/** Whether `value` is a valid `Recipients` (a type guard). */
export function isRecipients(value: unknown): value is components["schemas"]["Recipients"] {
  return compiled.s14(value);
}

/** Validates `value` as a `Recipients`: the typed value, or every problem with its JSON path. */
export function validateRecipients(value: unknown): ValidationResult<components["schemas"]["Recipients"]> {
  return resultOf(compiled.s14, value);
}

/** Whether `value` is a valid `MailgunDistribution` (a type guard). */
export function isMailgunDistribution(value: unknown): value is components["schemas"]["MailgunDistribution"] {
  return compiled.s15(value);
}

/** Validates `value` as a `MailgunDistribution`: the typed value, or every problem with its JSON path. */
export function validateMailgunDistribution(value: unknown): ValidationResult<components["schemas"]["MailgunDistribution"]> {
  return resultOf(compiled.s15, value);
}

/** Whether `value` is a valid `GitHubGistDistribution` (a type guard). */
export function isGitHubGistDistribution(value: unknown): value is components["schemas"]["GitHubGistDistribution"] {
  return compiled.s16(value);
}

/** Validates `value` as a `GitHubGistDistribution`: the typed value, or every problem with its JSON path. */
export function validateGitHubGistDistribution(value: unknown): ValidationResult<components["schemas"]["GitHubGistDistribution"]> {
  return resultOf(compiled.s16, value);
}

/** Whether `value` is a valid `GitHubDistribution` (a type guard). */
export function isGitHubDistribution(value: unknown): value is components["schemas"]["GitHubDistribution"] {
  return compiled.s17(value);
}

/** Validates `value` as a `GitHubDistribution`: the typed value, or every problem with its JSON path. */
export function validateGitHubDistribution(value: unknown): ValidationResult<components["schemas"]["GitHubDistribution"]> {
  return resultOf(compiled.s17, value);
}

/** Whether `value` is a valid `FlattenedDistribution` (a type guard). */
export function isFlattenedDistribution(value: unknown): value is components["schemas"]["FlattenedDistribution"] {
  return compiled.s18(value);
}

/** Validates `value` as a `FlattenedDistribution`: the typed value, or every problem with its JSON path. */
export function validateFlattenedDistribution(value: unknown): ValidationResult<components["schemas"]["FlattenedDistribution"]> {
  return resultOf(compiled.s18, value);
}

/** Whether `value` is a valid `ReferencedDistribution` (a type guard). */
export function isReferencedDistribution(value: unknown): value is components["schemas"]["ReferencedDistribution"] {
  return compiled.s19(value);
}

/** Validates `value` as a `ReferencedDistribution`: the typed value, or every problem with its JSON path. */
export function validateReferencedDistribution(value: unknown): ValidationResult<components["schemas"]["ReferencedDistribution"]> {
  return resultOf(compiled.s19, value);
}

/** Whether `value` is a valid `FlattenedDistributions` (a type guard). */
export function isFlattenedDistributions(value: unknown): value is components["schemas"]["FlattenedDistributions"] {
  return compiled.s20(value);
}

/** Validates `value` as a `FlattenedDistributions`: the typed value, or every problem with its JSON path. */
export function validateFlattenedDistributions(value: unknown): ValidationResult<components["schemas"]["FlattenedDistributions"]> {
  return resultOf(compiled.s20, value);
}

/** Whether `value` is a valid `FlattenedShare` (a type guard). */
export function isFlattenedShare(value: unknown): value is components["schemas"]["FlattenedShare"] {
  return compiled.s21(value);
}

/** Validates `value` as a `FlattenedShare`: the typed value, or every problem with its JSON path. */
export function validateFlattenedShare(value: unknown): ValidationResult<components["schemas"]["FlattenedShare"]> {
  return resultOf(compiled.s21, value);
}

/** Whether `value` is a valid `Distribution` (a type guard). */
export function isDistribution(value: unknown): value is components["schemas"]["Distribution"] {
  return compiled.s22(value);
}

/** Validates `value` as a `Distribution`: the typed value, or every problem with its JSON path. */
export function validateDistribution(value: unknown): ValidationResult<components["schemas"]["Distribution"]> {
  return resultOf(compiled.s22, value);
}

/** Whether `value` is a valid `Distributions` (a type guard). */
export function isDistributions(value: unknown): value is components["schemas"]["Distributions"] {
  return compiled.s23(value);
}

/** Validates `value` as a `Distributions`: the typed value, or every problem with its JSON path. */
export function validateDistributions(value: unknown): ValidationResult<components["schemas"]["Distributions"]> {
  return resultOf(compiled.s23, value);
}

/** Whether `value` is a valid `SeededGitHubGistDistribution` (a type guard). */
export function isSeededGitHubGistDistribution(value: unknown): value is components["schemas"]["SeededGitHubGistDistribution"] {
  return compiled.s24(value);
}

/** Validates `value` as a `SeededGitHubGistDistribution`: the typed value, or every problem with its JSON path. */
export function validateSeededGitHubGistDistribution(value: unknown): ValidationResult<components["schemas"]["SeededGitHubGistDistribution"]> {
  return resultOf(compiled.s24, value);
}

/** Whether `value` is a valid `SeededGitHubDistribution` (a type guard). */
export function isSeededGitHubDistribution(value: unknown): value is components["schemas"]["SeededGitHubDistribution"] {
  return compiled.s25(value);
}

/** Validates `value` as a `SeededGitHubDistribution`: the typed value, or every problem with its JSON path. */
export function validateSeededGitHubDistribution(value: unknown): ValidationResult<components["schemas"]["SeededGitHubDistribution"]> {
  return resultOf(compiled.s25, value);
}

/** Whether `value` is a valid `SeededDistribution` (a type guard). */
export function isSeededDistribution(value: unknown): value is components["schemas"]["SeededDistribution"] {
  return compiled.s26(value);
}

/** Validates `value` as a `SeededDistribution`: the typed value, or every problem with its JSON path. */
export function validateSeededDistribution(value: unknown): ValidationResult<components["schemas"]["SeededDistribution"]> {
  return resultOf(compiled.s26, value);
}

/** Every validator, keyed by schema name. */
export const schemaValidators: { readonly [N in SchemaName]: (value: unknown) => ValidationResult<components["schemas"][N]> } = {
  "AccessEnum": (value) => resultOf(compiled.s0, value),
  "EmbeddedModelSchemaSemanticVersionEnum": (value) => resultOf(compiled.s1, value),
  "ExternallySourcedEnum": (value) => resultOf(compiled.s2, value),
  "EmbeddedModelSchema": (value) => resultOf(compiled.s3, value),
  "GroupedTimestamp": (value) => resultOf(compiled.s4, value),
  "Score": (value) => resultOf(compiled.s5, value),
  "FlattenedUserProfile": (value) => resultOf(compiled.s6, value),
  "Accessor": (value) => resultOf(compiled.s7, value),
  "Accessors": (value) => resultOf(compiled.s8, value),
  "FlattenedAsset": (value) => resultOf(compiled.s9, value),
  "ReferencedAsset": (value) => resultOf(compiled.s10, value),
  "FlattenedAssets": (value) => resultOf(compiled.s11, value),
  "MailgunMetadata": (value) => resultOf(compiled.s12, value),
  "PersonBasicType": (value) => resultOf(compiled.s13, value),
  "Recipients": (value) => resultOf(compiled.s14, value),
  "MailgunDistribution": (value) => resultOf(compiled.s15, value),
  "GitHubGistDistribution": (value) => resultOf(compiled.s16, value),
  "GitHubDistribution": (value) => resultOf(compiled.s17, value),
  "FlattenedDistribution": (value) => resultOf(compiled.s18, value),
  "ReferencedDistribution": (value) => resultOf(compiled.s19, value),
  "FlattenedDistributions": (value) => resultOf(compiled.s20, value),
  "FlattenedShare": (value) => resultOf(compiled.s21, value),
  "Distribution": (value) => resultOf(compiled.s22, value),
  "Distributions": (value) => resultOf(compiled.s23, value),
  "SeededGitHubGistDistribution": (value) => resultOf(compiled.s24, value),
  "SeededGitHubDistribution": (value) => resultOf(compiled.s25, value),
  "SeededDistribution": (value) => resultOf(compiled.s26, value),
};

/**
 * Validators of the operations' inline schemas, keyed `<operationId> request`, `<operationId> response
 * <status>` and `<operationId> parameter <name>` (every query and header parameter has one).
 */
export const operationValidators: { readonly [key: string]: (value: unknown) => ValidationResult<unknown> } = {
};

/**
 * Validates `value` against the schema called `name` (the same as `validate<Name>(value)`), or against an
 * operation's inline schema by its `operationValidators` key.
 */
export function validateSchema<N extends SchemaName>(name: N, value: unknown): ValidationResult<components["schemas"][N]> {
  const validate = schemaValidators[name] ?? operationValidators[name];
  if (validate === undefined) throw new TypeError("validateSchema: no schema is called " + JSON.stringify(name));
  return validate(value) as ValidationResult<components["schemas"][N]>;
}
