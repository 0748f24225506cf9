// Generated from openapi/pieces-os-distributions.yaml by packages/models/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.

import type { components } from "./openapi.js";

type AccessEnum = components["schemas"]["AccessEnum"];
type EmbeddedModelSchemaSemanticVersionEnum = components["schemas"]["EmbeddedModelSchemaSemanticVersionEnum"];
type ExternallySourcedEnum = components["schemas"]["ExternallySourcedEnum"];
type EmbeddedModelSchema = components["schemas"]["EmbeddedModelSchema"];
type GroupedTimestamp = components["schemas"]["GroupedTimestamp"];
type Score = components["schemas"]["Score"];
type FlattenedUserProfile = components["schemas"]["FlattenedUserProfile"];
type Accessor = components["schemas"]["Accessor"];
type Accessors = components["schemas"]["Accessors"];
type FlattenedAsset = components["schemas"]["FlattenedAsset"];
type ReferencedAsset = components["schemas"]["ReferencedAsset"];
type FlattenedAssets = components["schemas"]["FlattenedAssets"];
type MailgunMetadata = components["schemas"]["MailgunMetadata"];
type PersonBasicType = components["schemas"]["PersonBasicType"];
type Recipients = components["schemas"]["Recipients"];
type MailgunDistribution = components["schemas"]["MailgunDistribution"];
type GitHubGistDistribution = components["schemas"]["GitHubGistDistribution"];
type GitHubDistribution = components["schemas"]["GitHubDistribution"];
type FlattenedDistribution = components["schemas"]["FlattenedDistribution"];
type ReferencedDistribution = components["schemas"]["ReferencedDistribution"];
type FlattenedDistributions = components["schemas"]["FlattenedDistributions"];
type FlattenedShare = components["schemas"]["FlattenedShare"];
type Distribution = components["schemas"]["Distribution"];
type Distributions = components["schemas"]["Distributions"];
type SeededGitHubGistDistribution = components["schemas"]["SeededGitHubGistDistribution"];
type SeededGitHubDistribution = components["schemas"]["SeededGitHubDistribution"];
type SeededDistribution = components["schemas"]["SeededDistribution"];

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

/** The name of every schema in the document. */
export type SchemaName = "AccessEnum" | "EmbeddedModelSchemaSemanticVersionEnum" | "ExternallySourcedEnum" | "EmbeddedModelSchema" | "GroupedTimestamp" | "Score" | "FlattenedUserProfile" | "Accessor" | "Accessors" | "FlattenedAsset" | "ReferencedAsset" | "FlattenedAssets" | "MailgunMetadata" | "PersonBasicType" | "Recipients" | "MailgunDistribution" | "GitHubGistDistribution" | "GitHubDistribution" | "FlattenedDistribution" | "ReferencedDistribution" | "FlattenedDistributions" | "FlattenedShare" | "Distribution" | "Distributions" | "SeededGitHubGistDistribution" | "SeededGitHubDistribution" | "SeededDistribution";

/** The names of every schema in the document, in document order. */
export const schemaNames: readonly SchemaName[] = ["AccessEnum", "EmbeddedModelSchemaSemanticVersionEnum", "ExternallySourcedEnum", "EmbeddedModelSchema", "GroupedTimestamp", "Score", "FlattenedUserProfile", "Accessor", "Accessors", "FlattenedAsset", "ReferencedAsset", "FlattenedAssets", "MailgunMetadata", "PersonBasicType", "Recipients", "MailgunDistribution", "GitHubGistDistribution", "GitHubDistribution", "FlattenedDistribution", "ReferencedDistribution", "FlattenedDistributions", "FlattenedShare", "Distribution", "Distributions", "SeededGitHubGistDistribution", "SeededGitHubDistribution", "SeededDistribution"];

const ACCESS_ENUM_MEMBERS: ReadonlySet<unknown> = new Set(["UNKNOWN","PUBLIC","PRIVATE"]);

const EMBEDDED_MODEL_SCHEMA_SEMANTIC_VERSION_ENUM_MEMBERS: ReadonlySet<unknown> = new Set(["UNKNOWN","MAJOR_0_MINOR_0_PATCH_1"]);

const EXTERNALLY_SOURCED_ENUM_MEMBERS: ReadonlySet<unknown> = new Set(["UNKNOWN","TWITTER","MEDIUM","LINKED_IN","INSTAGRAM","FACEBOOK","REDDIT","DISCORD","BIT_BUCKET","GIT_LAB","GIT_HUB","SLACK","MAILGUN"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two-digit number at `index` of `text`, or -1 when either character is not a digit. */
function twoDigits(text: string, index: number): number {
  const tens = text.charCodeAt(index) - 48;
  const ones = text.charCodeAt(index + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * RFC 3339 `date-time` (`2026-11-28T09:15:00.000Z`), with real calendar and clock ranges, as JSON Schema's
 * format asks. Written with character codes rather than a regular expression: a snapshot holds five
 * timestamps per distribution, and this check is most of the cost of validating one.
 */
function isDateTime(text: string): boolean {
  const length = text.length;
  if (length < 20) return false;
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const separator = text.charCodeAt(10);
  if (
    century < 0 ||
    yearInCentury < 0 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (separator !== 84 && separator !== 116 && separator !== 32) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60
  ) {
    return false;
  }
  const year = century * 100 + yearInCentury;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month] as number))) return false;
  let index = 19;
  if (text.charCodeAt(index) === 46) {
    index++;
    const firstDigit = index;
    while (index < length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
    if (index === firstDigit) return false;
  }
  const zone = text.charCodeAt(index);
  if (zone === 90 || zone === 122) return index + 1 === length;
  if (zone !== 43 && zone !== 45) return false;
  const offsetHour = twoDigits(text, index + 1);
  const offsetMinute = twoDigits(text, index + 4);
  return (
    index + 6 === length &&
    text.charCodeAt(index + 3) === 58 &&
    offsetHour >= 0 &&
    offsetHour <= 23 &&
    offsetMinute >= 0 &&
    offsetMinute <= 59
  );
}

function is_AccessEnum(value: unknown): boolean {
  return ACCESS_ENUM_MEMBERS.has(value);
}

function check_AccessEnum(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!ACCESS_ENUM_MEMBERS.has(value)) problems.push({ path, message: "must be one of UNKNOWN, PUBLIC, PRIVATE" });
}

function is_EmbeddedModelSchemaSemanticVersionEnum(value: unknown): boolean {
  return EMBEDDED_MODEL_SCHEMA_SEMANTIC_VERSION_ENUM_MEMBERS.has(value);
}

function check_EmbeddedModelSchemaSemanticVersionEnum(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!EMBEDDED_MODEL_SCHEMA_SEMANTIC_VERSION_ENUM_MEMBERS.has(value)) problems.push({ path, message: "must be one of UNKNOWN, MAJOR_0_MINOR_0_PATCH_1" });
}

function is_ExternallySourcedEnum(value: unknown): boolean {
  return EXTERNALLY_SOURCED_ENUM_MEMBERS.has(value);
}

function check_ExternallySourcedEnum(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!EXTERNALLY_SOURCED_ENUM_MEMBERS.has(value)) problems.push({ path, message: "must be one of UNKNOWN, TWITTER, MEDIUM, LINKED_IN, INSTAGRAM, FACEBOOK, REDDIT, DISCORD, BIT_BUCKET, GIT_LAB, GIT_HUB, SLACK, MAILGUN" });
}

function is_EmbeddedModelSchema(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["migration"];
  if (v0 === undefined || !(Number.isInteger(v0))) return false;
  const v1 = value["semantic"];
  if (v1 === undefined || !(is_EmbeddedModelSchemaSemanticVersionEnum(v1))) return false;
  return true;
}

function check_EmbeddedModelSchema(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["migration"];
  if (v0 === undefined) problems.push({ path: path + "/migration", message: "is required and must be integer" });
  else if (!Number.isInteger(v0)) problems.push({ path: path + "/migration", message: "must be integer" });
  const v1 = value["semantic"];
  if (v1 === undefined) problems.push({ path: path + "/semantic", message: "is required and must be EmbeddedModelSchemaSemanticVersionEnum" });
  else check_EmbeddedModelSchemaSemanticVersionEnum(v1, path + "/semantic", problems);
}

function is_GroupedTimestamp(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["value"];
  if (v1 === undefined || !(typeof v1 === "string" && isDateTime(v1))) return false;
  const v2 = value["readable"];
  if (v2 !== undefined && !(typeof v2 === "string")) return false;
  return true;
}

function check_GroupedTimestamp(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["value"];
  if (v1 === undefined) problems.push({ path: path + "/value", message: "is required and must be a date-time string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/value", message: "must be string" }); else if (!isDateTime(v1)) problems.push({ path: path + "/value", message: "must match format \"date-time\"" });
  const v2 = value["readable"];
  if (v2 !== undefined) if (typeof v2 !== "string") problems.push({ path: path + "/readable", message: "must be string" });
}

function is_Score(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["manual"];
  if (v1 === undefined || !(Number.isInteger(v1))) return false;
  const v2 = value["automatic"];
  if (v2 === undefined || !(Number.isInteger(v2))) return false;
  const v3 = value["priority"];
  if (v3 !== undefined && !(Number.isInteger(v3))) return false;
  const v4 = value["reuse"];
  if (v4 !== undefined && !(Number.isInteger(v4))) return false;
  const v5 = value["update"];
  if (v5 !== undefined && !(Number.isInteger(v5))) return false;
  const v6 = value["reference"];
  if (v6 !== undefined && !(Number.isInteger(v6))) return false;
  const v7 = value["searched"];
  if (v7 !== undefined && !(Number.isInteger(v7))) return false;
  return true;
}

function check_Score(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["manual"];
  if (v1 === undefined) problems.push({ path: path + "/manual", message: "is required and must be integer" });
  else if (!Number.isInteger(v1)) problems.push({ path: path + "/manual", message: "must be integer" });
  const v2 = value["automatic"];
  if (v2 === undefined) problems.push({ path: path + "/automatic", message: "is required and must be integer" });
  else if (!Number.isInteger(v2)) problems.push({ path: path + "/automatic", message: "must be integer" });
  const v3 = value["priority"];
  if (v3 !== undefined) if (!Number.isInteger(v3)) problems.push({ path: path + "/priority", message: "must be integer" });
  const v4 = value["reuse"];
  if (v4 !== undefined) if (!Number.isInteger(v4)) problems.push({ path: path + "/reuse", message: "must be integer" });
  const v5 = value["update"];
  if (v5 !== undefined) if (!Number.isInteger(v5)) problems.push({ path: path + "/update", message: "must be integer" });
  const v6 = value["reference"];
  if (v6 !== undefined) if (!Number.isInteger(v6)) problems.push({ path: path + "/reference", message: "must be integer" });
  const v7 = value["searched"];
  if (v7 !== undefined) if (!Number.isInteger(v7)) problems.push({ path: path + "/searched", message: "must be integer" });
}

function is_FlattenedUserProfile(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["id"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  const v2 = value["email"];
  if (v2 !== undefined && !(typeof v2 === "string")) return false;
  const v3 = value["name"];
  if (v3 !== undefined && !(typeof v3 === "string")) return false;
  const v4 = value["username"];
  if (v4 !== undefined && !(typeof v4 === "string")) return false;
  const v5 = value["picture"];
  if (v5 !== undefined && !(typeof v5 === "string")) return false;
  const v6 = value["vanityname"];
  if (v6 !== undefined && !(typeof v6 === "string")) return false;
  return true;
}

function check_FlattenedUserProfile(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["id"];
  if (v1 === undefined) problems.push({ path: path + "/id", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/id", message: "must be string" });
  const v2 = value["email"];
  if (v2 !== undefined) if (typeof v2 !== "string") problems.push({ path: path + "/email", message: "must be string" });
  const v3 = value["name"];
  if (v3 !== undefined) if (typeof v3 !== "string") problems.push({ path: path + "/name", message: "must be string" });
  const v4 = value["username"];
  if (v4 !== undefined) if (typeof v4 !== "string") problems.push({ path: path + "/username", message: "must be string" });
  const v5 = value["picture"];
  if (v5 !== undefined) if (typeof v5 !== "string") problems.push({ path: path + "/picture", message: "must be string" });
  const v6 = value["vanityname"];
  if (v6 !== undefined) if (typeof v6 !== "string") problems.push({ path: path + "/vanityname", message: "must be string" });
}

function is_Accessor(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["id"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  const v2 = value["os"];
  if (v2 === undefined || !(typeof v2 === "string")) return false;
  const v3 = value["share"];
  if (v3 === undefined || !(typeof v3 === "string")) return false;
  const v4 = value["count"];
  if (v4 === undefined || !(Number.isInteger(v4))) return false;
  const v5 = value["user"];
  if (v5 !== undefined && !(is_FlattenedUserProfile(v5))) return false;
  return true;
}

function check_Accessor(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["id"];
  if (v1 === undefined) problems.push({ path: path + "/id", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/id", message: "must be string" });
  const v2 = value["os"];
  if (v2 === undefined) problems.push({ path: path + "/os", message: "is required and must be string" });
  else if (typeof v2 !== "string") problems.push({ path: path + "/os", message: "must be string" });
  const v3 = value["share"];
  if (v3 === undefined) problems.push({ path: path + "/share", message: "is required and must be string" });
  else if (typeof v3 !== "string") problems.push({ path: path + "/share", message: "must be string" });
  const v4 = value["count"];
  if (v4 === undefined) problems.push({ path: path + "/count", message: "is required and must be integer" });
  else if (!Number.isInteger(v4)) problems.push({ path: path + "/count", message: "must be integer" });
  const v5 = value["user"];
  if (v5 !== undefined) check_FlattenedUserProfile(v5, path + "/user", problems);
}

function is_Accessors(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["iterable"];
  if (v1 === undefined || !(is_Accessors_iterable(v1))) return false;
  return true;
}

function check_Accessors(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["iterable"];
  if (v1 === undefined) problems.push({ path: path + "/iterable", message: "is required and must be array" });
  else check_Accessors_iterable(v1, path + "/iterable", problems);
}

function is_FlattenedAsset(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return true;
}

function check_FlattenedAsset(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
}

function is_ReferencedAsset(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["id"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  const v2 = value["reference"];
  if (v2 !== undefined && !(is_FlattenedAsset(v2))) return false;
  return true;
}

function check_ReferencedAsset(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["id"];
  if (v1 === undefined) problems.push({ path: path + "/id", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/id", message: "must be string" });
  const v2 = value["reference"];
  if (v2 !== undefined) check_FlattenedAsset(v2, path + "/reference", problems);
}

function is_FlattenedAssets(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["iterable"];
  if (v1 !== undefined && !(is_FlattenedAssets_iterable(v1))) return false;
  const v2 = value["indices"];
  if (v2 !== undefined && !(is_FlattenedAssets_indices(v2))) return false;
  const v3 = value["score"];
  if (v3 !== undefined && !(is_Score(v3))) return false;
  return true;
}

function check_FlattenedAssets(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["iterable"];
  if (v1 !== undefined) check_FlattenedAssets_iterable(v1, path + "/iterable", problems);
  const v2 = value["indices"];
  if (v2 !== undefined) check_FlattenedAssets_indices(v2, path + "/indices", problems);
  const v3 = value["score"];
  if (v3 !== undefined) check_Score(v3, path + "/score", problems);
}

function is_MailgunMetadata(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["messageId"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  return true;
}

function check_MailgunMetadata(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["messageId"];
  if (v1 === undefined) problems.push({ path: path + "/messageId", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/messageId", message: "must be string" });
}

function is_PersonBasicType(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["username"];
  if (v1 !== undefined && !(typeof v1 === "string")) return false;
  const v2 = value["name"];
  if (v2 !== undefined && !(typeof v2 === "string")) return false;
  const v3 = value["picture"];
  if (v3 !== undefined && !(typeof v3 === "string")) return false;
  const v4 = value["email"];
  if (v4 !== undefined && !(typeof v4 === "string")) return false;
  const v5 = value["sourced"];
  if (v5 !== undefined && !(is_ExternallySourcedEnum(v5))) return false;
  const v6 = value["url"];
  if (v6 !== undefined && !(typeof v6 === "string")) return false;
  const v7 = value["mailgun"];
  if (v7 !== undefined && !(is_MailgunMetadata(v7))) return false;
  return true;
}

function check_PersonBasicType(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["username"];
  if (v1 !== undefined) if (typeof v1 !== "string") problems.push({ path: path + "/username", message: "must be string" });
  const v2 = value["name"];
  if (v2 !== undefined) if (typeof v2 !== "string") problems.push({ path: path + "/name", message: "must be string" });
  const v3 = value["picture"];
  if (v3 !== undefined) if (typeof v3 !== "string") problems.push({ path: path + "/picture", message: "must be string" });
  const v4 = value["email"];
  if (v4 !== undefined) if (typeof v4 !== "string") problems.push({ path: path + "/email", message: "must be string" });
  const v5 = value["sourced"];
  if (v5 !== undefined) check_ExternallySourcedEnum(v5, path + "/sourced", problems);
  const v6 = value["url"];
  if (v6 !== undefined) if (typeof v6 !== "string") problems.push({ path: path + "/url", message: "must be string" });
  const v7 = value["mailgun"];
  if (v7 !== undefined) check_MailgunMetadata(v7, path + "/mailgun", problems);
}

function is_Recipients(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["iterable"];
  if (v0 === undefined || !(is_Recipients_iterable(v0))) return false;
  const v1 = value["schema"];
  if (v1 !== undefined && !(is_EmbeddedModelSchema(v1))) return false;
  return true;
}

function check_Recipients(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["iterable"];
  if (v0 === undefined) problems.push({ path: path + "/iterable", message: "is required and must be array" });
  else check_Recipients_iterable(v0, path + "/iterable", problems);
  const v1 = value["schema"];
  if (v1 !== undefined) check_EmbeddedModelSchema(v1, path + "/schema", problems);
}

function is_MailgunDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["recipients"];
  if (v1 === undefined || !(is_Recipients(v1))) return false;
  return true;
}

function check_MailgunDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["recipients"];
  if (v1 === undefined) problems.push({ path: path + "/recipients", message: "is required and must be Recipients" });
  else check_Recipients(v1, path + "/recipients", problems);
}

function is_GitHubGistDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["recipients"];
  if (v1 === undefined || !(is_Recipients(v1))) return false;
  const v2 = value["public"];
  if (v2 === undefined || !(typeof v2 === "boolean")) return false;
  const v3 = value["description"];
  if (v3 !== undefined && !(typeof v3 === "string")) return false;
  const v4 = value["name"];
  if (v4 === undefined || !(typeof v4 === "string")) return false;
  const v5 = value["created"];
  if (v5 === undefined || !(is_GroupedTimestamp(v5))) return false;
  const v6 = value["updated"];
  if (v6 === undefined || !(is_GroupedTimestamp(v6))) return false;
  const v7 = value["deleted"];
  if (v7 !== undefined && !(is_GroupedTimestamp(v7))) return false;
  const v8 = value["github_id"];
  if (v8 === undefined || !(typeof v8 === "string")) return false;
  const v9 = value["url"];
  if (v9 === undefined || !(typeof v9 === "string")) return false;
  return true;
}

function check_GitHubGistDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["recipients"];
  if (v1 === undefined) problems.push({ path: path + "/recipients", message: "is required and must be Recipients" });
  else check_Recipients(v1, path + "/recipients", problems);
  const v2 = value["public"];
  if (v2 === undefined) problems.push({ path: path + "/public", message: "is required and must be boolean" });
  else if (typeof v2 !== "boolean") problems.push({ path: path + "/public", message: "must be boolean" });
  const v3 = value["description"];
  if (v3 !== undefined) if (typeof v3 !== "string") problems.push({ path: path + "/description", message: "must be string" });
  const v4 = value["name"];
  if (v4 === undefined) problems.push({ path: path + "/name", message: "is required and must be string" });
  else if (typeof v4 !== "string") problems.push({ path: path + "/name", message: "must be string" });
  const v5 = value["created"];
  if (v5 === undefined) problems.push({ path: path + "/created", message: "is required and must be GroupedTimestamp" });
  else check_GroupedTimestamp(v5, path + "/created", problems);
  const v6 = value["updated"];
  if (v6 === undefined) problems.push({ path: path + "/updated", message: "is required and must be GroupedTimestamp" });
  else check_GroupedTimestamp(v6, path + "/updated", problems);
  const v7 = value["deleted"];
  if (v7 !== undefined) check_GroupedTimestamp(v7, path + "/deleted", problems);
  const v8 = value["github_id"];
  if (v8 === undefined) problems.push({ path: path + "/github_id", message: "is required and must be string" });
  else if (typeof v8 !== "string") problems.push({ path: path + "/github_id", message: "must be string" });
  const v9 = value["url"];
  if (v9 === undefined) problems.push({ path: path + "/url", message: "is required and must be string" });
  else if (typeof v9 !== "string") problems.push({ path: path + "/url", message: "must be string" });
}

function is_GitHubDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["gist"];
  if (v1 !== undefined && !(is_GitHubGistDistribution(v1))) return false;
  return true;
}

function check_GitHubDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["gist"];
  if (v1 !== undefined) check_GitHubGistDistribution(v1, path + "/gist", problems);
}

function is_FlattenedDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["id"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  const v2 = value["share"];
  if (v2 === undefined || !(typeof v2 === "string")) return false;
  const v3 = value["created"];
  if (v3 === undefined || !(is_GroupedTimestamp(v3))) return false;
  const v4 = value["updated"];
  if (v4 === undefined || !(is_GroupedTimestamp(v4))) return false;
  const v5 = value["deleted"];
  if (v5 !== undefined && !(is_GroupedTimestamp(v5))) return false;
  const v6 = value["mailgun"];
  if (v6 !== undefined && !(is_MailgunDistribution(v6))) return false;
  const v7 = value["github"];
  if (v7 !== undefined && !(is_GitHubDistribution(v7))) return false;
  return true;
}

function check_FlattenedDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["id"];
  if (v1 === undefined) problems.push({ path: path + "/id", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/id", message: "must be string" });
  const v2 = value["share"];
  if (v2 === undefined) problems.push({ path: path + "/share", message: "is required and must be string" });
  else if (typeof v2 !== "string") problems.push({ path: path + "/share", message: "must be string" });
  const v3 = value["created"];
  if (v3 === undefined) problems.push({ path: path + "/created", message: "is required and must be GroupedTimestamp" });
  else check_GroupedTimestamp(v3, path + "/created", problems);
  const v4 = value["updated"];
  if (v4 === undefined) problems.push({ path: path + "/updated", message: "is required and must be GroupedTimestamp" });
  else check_GroupedTimestamp(v4, path + "/updated", problems);
  const v5 = value["deleted"];
  if (v5 !== undefined) check_GroupedTimestamp(v5, path + "/deleted", problems);
  const v6 = value["mailgun"];
  if (v6 !== undefined) check_MailgunDistribution(v6, path + "/mailgun", problems);
  const v7 = value["github"];
  if (v7 !== undefined) check_GitHubDistribution(v7, path + "/github", problems);
}

function is_ReferencedDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["id"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  const v2 = value["reference"];
  if (v2 !== undefined && !(is_FlattenedDistribution(v2))) return false;
  return true;
}

function check_ReferencedDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["id"];
  if (v1 === undefined) problems.push({ path: path + "/id", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/id", message: "must be string" });
  const v2 = value["reference"];
  if (v2 !== undefined) check_FlattenedDistribution(v2, path + "/reference", problems);
}

function is_FlattenedDistributions(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["iterable"];
  if (v1 === undefined || !(is_FlattenedDistributions_iterable(v1))) return false;
  return true;
}

function check_FlattenedDistributions(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["iterable"];
  if (v1 === undefined) problems.push({ path: path + "/iterable", message: "is required and must be array" });
  else check_FlattenedDistributions_iterable(v1, path + "/iterable", problems);
}

function is_FlattenedShare(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["id"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  const v2 = value["asset"];
  if (v2 !== undefined && !(typeof v2 === "string")) return false;
  const v3 = value["user"];
  if (v3 !== undefined && !(typeof v3 === "string")) return false;
  const v4 = value["link"];
  if (v4 === undefined || !(typeof v4 === "string")) return false;
  const v5 = value["access"];
  if (v5 === undefined || !(is_AccessEnum(v5))) return false;
  const v6 = value["accessors"];
  if (v6 === undefined || !(is_Accessors(v6))) return false;
  const v7 = value["created"];
  if (v7 === undefined || !(is_GroupedTimestamp(v7))) return false;
  const v8 = value["short"];
  if (v8 === undefined || !(typeof v8 === "string")) return false;
  const v9 = value["name"];
  if (v9 !== undefined && !(typeof v9 === "string")) return false;
  const v10 = value["assets"];
  if (v10 !== undefined && !(is_FlattenedAssets(v10))) return false;
  const v11 = value["distributions"];
  if (v11 !== undefined && !(is_FlattenedDistributions(v11))) return false;
  const v12 = value["score"];
  if (v12 !== undefined && !(is_Score(v12))) return false;
  return true;
}

function check_FlattenedShare(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["id"];
  if (v1 === undefined) problems.push({ path: path + "/id", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/id", message: "must be string" });
  const v2 = value["asset"];
  if (v2 !== undefined) if (typeof v2 !== "string") problems.push({ path: path + "/asset", message: "must be string" });
  const v3 = value["user"];
  if (v3 !== undefined) if (typeof v3 !== "string") problems.push({ path: path + "/user", message: "must be string" });
  const v4 = value["link"];
  if (v4 === undefined) problems.push({ path: path + "/link", message: "is required and must be string" });
  else if (typeof v4 !== "string") problems.push({ path: path + "/link", message: "must be string" });
  const v5 = value["access"];
  if (v5 === undefined) problems.push({ path: path + "/access", message: "is required and must be AccessEnum" });
  else check_AccessEnum(v5, path + "/access", problems);
  const v6 = value["accessors"];
  if (v6 === undefined) problems.push({ path: path + "/accessors", message: "is required and must be Accessors" });
  else check_Accessors(v6, path + "/accessors", problems);
  const v7 = value["created"];
  if (v7 === undefined) problems.push({ path: path + "/created", message: "is required and must be GroupedTimestamp" });
  else check_GroupedTimestamp(v7, path + "/created", problems);
  const v8 = value["short"];
  if (v8 === undefined) problems.push({ path: path + "/short", message: "is required and must be string" });
  else if (typeof v8 !== "string") problems.push({ path: path + "/short", message: "must be string" });
  const v9 = value["name"];
  if (v9 !== undefined) if (typeof v9 !== "string") problems.push({ path: path + "/name", message: "must be string" });
  const v10 = value["assets"];
  if (v10 !== undefined) check_FlattenedAssets(v10, path + "/assets", problems);
  const v11 = value["distributions"];
  if (v11 !== undefined) check_FlattenedDistributions(v11, path + "/distributions", problems);
  const v12 = value["score"];
  if (v12 !== undefined) check_Score(v12, path + "/score", problems);
}

function is_Distribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["id"];
  if (v1 === undefined || !(typeof v1 === "string")) return false;
  const v2 = value["share"];
  if (v2 === undefined || !(is_FlattenedShare(v2))) return false;
  const v3 = value["created"];
  if (v3 === undefined || !(is_GroupedTimestamp(v3))) return false;
  const v4 = value["updated"];
  if (v4 === undefined || !(is_GroupedTimestamp(v4))) return false;
  const v5 = value["deleted"];
  if (v5 !== undefined && !(is_GroupedTimestamp(v5))) return false;
  const v6 = value["mailgun"];
  if (v6 !== undefined && !(is_MailgunDistribution(v6))) return false;
  const v7 = value["github"];
  if (v7 !== undefined && !(is_GitHubDistribution(v7))) return false;
  return true;
}

function check_Distribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["id"];
  if (v1 === undefined) problems.push({ path: path + "/id", message: "is required and must be string" });
  else if (typeof v1 !== "string") problems.push({ path: path + "/id", message: "must be string" });
  const v2 = value["share"];
  if (v2 === undefined) problems.push({ path: path + "/share", message: "is required and must be FlattenedShare" });
  else check_FlattenedShare(v2, path + "/share", problems);
  const v3 = value["created"];
  if (v3 === undefined) problems.push({ path: path + "/created", message: "is required and must be GroupedTimestamp" });
  else check_GroupedTimestamp(v3, path + "/created", problems);
  const v4 = value["updated"];
  if (v4 === undefined) problems.push({ path: path + "/updated", message: "is required and must be GroupedTimestamp" });
  else check_GroupedTimestamp(v4, path + "/updated", problems);
  const v5 = value["deleted"];
  if (v5 !== undefined) check_GroupedTimestamp(v5, path + "/deleted", problems);
  const v6 = value["mailgun"];
  if (v6 !== undefined) check_MailgunDistribution(v6, path + "/mailgun", problems);
  const v7 = value["github"];
  if (v7 !== undefined) check_GitHubDistribution(v7, path + "/github", problems);
}

function is_Distributions(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["iterable"];
  if (v0 === undefined || !(is_Distributions_iterable(v0))) return false;
  const v1 = value["schema"];
  if (v1 !== undefined && !(is_EmbeddedModelSchema(v1))) return false;
  return true;
}

function check_Distributions(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["iterable"];
  if (v0 === undefined) problems.push({ path: path + "/iterable", message: "is required and must be array" });
  else check_Distributions_iterable(v0, path + "/iterable", problems);
  const v1 = value["schema"];
  if (v1 !== undefined) check_EmbeddedModelSchema(v1, path + "/schema", problems);
}

function is_SeededGitHubGistDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["recipients"];
  if (v1 !== undefined && !(is_Recipients(v1))) return false;
  const v2 = value["public"];
  if (v2 !== undefined && !(typeof v2 === "boolean")) return false;
  const v3 = value["description"];
  if (v3 !== undefined && !(typeof v3 === "string")) return false;
  const v4 = value["name"];
  if (v4 === undefined || !(typeof v4 === "string")) return false;
  return true;
}

function check_SeededGitHubGistDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["recipients"];
  if (v1 !== undefined) check_Recipients(v1, path + "/recipients", problems);
  const v2 = value["public"];
  if (v2 !== undefined) if (typeof v2 !== "boolean") problems.push({ path: path + "/public", message: "must be boolean" });
  const v3 = value["description"];
  if (v3 !== undefined) if (typeof v3 !== "string") problems.push({ path: path + "/description", message: "must be string" });
  const v4 = value["name"];
  if (v4 === undefined) problems.push({ path: path + "/name", message: "is required and must be string" });
  else if (typeof v4 !== "string") problems.push({ path: path + "/name", message: "must be string" });
}

function is_SeededGitHubDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["gist"];
  if (v1 !== undefined && !(is_SeededGitHubGistDistribution(v1))) return false;
  return true;
}

function check_SeededGitHubDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["gist"];
  if (v1 !== undefined) check_SeededGitHubGistDistribution(v1, path + "/gist", problems);
}

function is_SeededDistribution(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const v0 = value["schema"];
  if (v0 !== undefined && !(is_EmbeddedModelSchema(v0))) return false;
  const v1 = value["mailgun"];
  if (v1 !== undefined && !(is_MailgunDistribution(v1))) return false;
  const v2 = value["github"];
  if (v2 !== undefined && !(is_SeededGitHubDistribution(v2))) return false;
  return true;
}

function check_SeededDistribution(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  const v0 = value["schema"];
  if (v0 !== undefined) check_EmbeddedModelSchema(v0, path + "/schema", problems);
  const v1 = value["mailgun"];
  if (v1 !== undefined) check_MailgunDistribution(v1, path + "/mailgun", problems);
  const v2 = value["github"];
  if (v2 !== undefined) check_SeededGitHubDistribution(v2, path + "/github", problems);
}

function is_Accessors_iterable(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!(is_Accessor(item))) return false;
  }
  return true;
}

function check_Accessors_iterable(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ path, message: "must be array" });
    return;
  }
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    check_Accessor(item, path + "/" + index, problems);
  }
}

function is_FlattenedAssets_iterable(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!(is_ReferencedAsset(item))) return false;
  }
  return true;
}

function check_FlattenedAssets_iterable(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ path, message: "must be array" });
    return;
  }
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    check_ReferencedAsset(item, path + "/" + index, problems);
  }
}

function is_FlattenedAssets_indices(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) { const item = value[key]; if (!(Number.isInteger(item))) return false; }
  return true;
}

function check_FlattenedAssets_indices(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ path, message: "must be object" });
    return;
  }
  for (const key in value) { const item = value[key]; if (!Number.isInteger(item)) problems.push({ path: path + "/" + pointerToken(key), message: "must be integer" }); }
}

function is_Recipients_iterable(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!(is_PersonBasicType(item))) return false;
  }
  return true;
}

function check_Recipients_iterable(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ path, message: "must be array" });
    return;
  }
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    check_PersonBasicType(item, path + "/" + index, problems);
  }
}

function is_FlattenedDistributions_iterable(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!(is_ReferencedDistribution(item))) return false;
  }
  return true;
}

function check_FlattenedDistributions_iterable(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ path, message: "must be array" });
    return;
  }
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    check_ReferencedDistribution(item, path + "/" + index, problems);
  }
}

function is_Distributions_iterable(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!(is_Distribution(item))) return false;
  }
  return true;
}

function check_Distributions_iterable(value: unknown, path: string, problems: ValidationProblem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ path, message: "must be array" });
    return;
  }
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    check_Distribution(item, path + "/" + index, problems);
  }
}

/** Whether `value` is a valid `AccessEnum` (a type guard; allocates nothing). */
export function isAccessEnum(value: unknown): value is AccessEnum {
  return is_AccessEnum(value);
}

/** Validates `value` as a `AccessEnum`: the typed value, or every problem with its JSON path. */
export function validateAccessEnum(value: unknown): ValidationResult<AccessEnum> {
  if (is_AccessEnum(value)) return { ok: true, value: value as AccessEnum };
  const problems: ValidationProblem[] = [];
  check_AccessEnum(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `EmbeddedModelSchemaSemanticVersionEnum` (a type guard; allocates nothing). */
export function isEmbeddedModelSchemaSemanticVersionEnum(value: unknown): value is EmbeddedModelSchemaSemanticVersionEnum {
  return is_EmbeddedModelSchemaSemanticVersionEnum(value);
}

/** Validates `value` as a `EmbeddedModelSchemaSemanticVersionEnum`: the typed value, or every problem with its JSON path. */
export function validateEmbeddedModelSchemaSemanticVersionEnum(value: unknown): ValidationResult<EmbeddedModelSchemaSemanticVersionEnum> {
  if (is_EmbeddedModelSchemaSemanticVersionEnum(value)) return { ok: true, value: value as EmbeddedModelSchemaSemanticVersionEnum };
  const problems: ValidationProblem[] = [];
  check_EmbeddedModelSchemaSemanticVersionEnum(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `ExternallySourcedEnum` (a type guard; allocates nothing). */
export function isExternallySourcedEnum(value: unknown): value is ExternallySourcedEnum {
  return is_ExternallySourcedEnum(value);
}

/** Validates `value` as a `ExternallySourcedEnum`: the typed value, or every problem with its JSON path. */
export function validateExternallySourcedEnum(value: unknown): ValidationResult<ExternallySourcedEnum> {
  if (is_ExternallySourcedEnum(value)) return { ok: true, value: value as ExternallySourcedEnum };
  const problems: ValidationProblem[] = [];
  check_ExternallySourcedEnum(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `EmbeddedModelSchema` (a type guard; allocates nothing). */
export function isEmbeddedModelSchema(value: unknown): value is EmbeddedModelSchema {
  return is_EmbeddedModelSchema(value);
}

/** Validates `value` as a `EmbeddedModelSchema`: the typed value, or every problem with its JSON path. */
export function validateEmbeddedModelSchema(value: unknown): ValidationResult<EmbeddedModelSchema> {
  if (is_EmbeddedModelSchema(value)) return { ok: true, value: value as EmbeddedModelSchema };
  const problems: ValidationProblem[] = [];
  check_EmbeddedModelSchema(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `GroupedTimestamp` (a type guard; allocates nothing). */
export function isGroupedTimestamp(value: unknown): value is GroupedTimestamp {
  return is_GroupedTimestamp(value);
}

/** Validates `value` as a `GroupedTimestamp`: the typed value, or every problem with its JSON path. */
export function validateGroupedTimestamp(value: unknown): ValidationResult<GroupedTimestamp> {
  if (is_GroupedTimestamp(value)) return { ok: true, value: value as GroupedTimestamp };
  const problems: ValidationProblem[] = [];
  check_GroupedTimestamp(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `Score` (a type guard; allocates nothing). */
export function isScore(value: unknown): value is Score {
  return is_Score(value);
}

/** Validates `value` as a `Score`: the typed value, or every problem with its JSON path. */
export function validateScore(value: unknown): ValidationResult<Score> {
  if (is_Score(value)) return { ok: true, value: value as Score };
  const problems: ValidationProblem[] = [];
  check_Score(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `FlattenedUserProfile` (a type guard; allocates nothing). */
export function isFlattenedUserProfile(value: unknown): value is FlattenedUserProfile {
  return is_FlattenedUserProfile(value);
}

/** Validates `value` as a `FlattenedUserProfile`: the typed value, or every problem with its JSON path. */
export function validateFlattenedUserProfile(value: unknown): ValidationResult<FlattenedUserProfile> {
  if (is_FlattenedUserProfile(value)) return { ok: true, value: value as FlattenedUserProfile };
  const problems: ValidationProblem[] = [];
  check_FlattenedUserProfile(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `Accessor` (a type guard; allocates nothing). */
export function isAccessor(value: unknown): value is Accessor {
  return is_Accessor(value);
}

/** Validates `value` as a `Accessor`: the typed value, or every problem with its JSON path. */
export function validateAccessor(value: unknown): ValidationResult<Accessor> {
  if (is_Accessor(value)) return { ok: true, value: value as Accessor };
  const problems: ValidationProblem[] = [];
  check_Accessor(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `Accessors` (a type guard; allocates nothing). */
export function isAccessors(value: unknown): value is Accessors {
  return is_Accessors(value);
}

/** Validates `value` as a `Accessors`: the typed value, or every problem with its JSON path. */
export function validateAccessors(value: unknown): ValidationResult<Accessors> {
  if (is_Accessors(value)) return { ok: true, value: value as Accessors };
  const problems: ValidationProblem[] = [];
  check_Accessors(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `FlattenedAsset` (a type guard; allocates nothing). */
export function isFlattenedAsset(value: unknown): value is FlattenedAsset {
  return is_FlattenedAsset(value);
}

/** Validates `value` as a `FlattenedAsset`: the typed value, or every problem with its JSON path. */
export function validateFlattenedAsset(value: unknown): ValidationResult<FlattenedAsset> {
  if (is_FlattenedAsset(value)) return { ok: true, value: value as FlattenedAsset };
  const problems: ValidationProblem[] = [];
  check_FlattenedAsset(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `ReferencedAsset` (a type guard; allocates nothing). */
export function isReferencedAsset(value: unknown): value is ReferencedAsset {
  return is_ReferencedAsset(value);
}

/** Validates `value` as a `ReferencedAsset`: the typed value, or every problem with its JSON path. */
export function validateReferencedAsset(value: unknown): ValidationResult<ReferencedAsset> {
  if (is_ReferencedAsset(value)) return { ok: true, value: value as ReferencedAsset };
  const problems: ValidationProblem[] = [];
  check_ReferencedAsset(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `FlattenedAssets` (a type guard; allocates nothing). */
export function isFlattenedAssets(value: unknown): value is FlattenedAssets {
  return is_FlattenedAssets(value);
}

/** Validates `value` as a `FlattenedAssets`: the typed value, or every problem with its JSON path. */
export function validateFlattenedAssets(value: unknown): ValidationResult<FlattenedAssets> {
  if (is_FlattenedAssets(value)) return { ok: true, value: value as FlattenedAssets };
  const problems: ValidationProblem[] = [];
  check_FlattenedAssets(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `MailgunMetadata` (a type guard; allocates nothing). */
export function isMailgunMetadata(value: unknown): value is MailgunMetadata {
  return is_MailgunMetadata(value);
}

/** Validates `value` as a `MailgunMetadata`: the typed value, or every problem with its JSON path. */
export function validateMailgunMetadata(value: unknown): ValidationResult<MailgunMetadata> {
  if (is_MailgunMetadata(value)) return { ok: true, value: value as MailgunMetadata };
  const problems: ValidationProblem[] = [];
  check_MailgunMetadata(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `PersonBasicType` (a type guard; allocates nothing). */
export function isPersonBasicType(value: unknown): value is PersonBasicType {
  return is_PersonBasicType(value);
}

/** Validates `value` as a `PersonBasicType`: the typed value, or every problem with its JSON path. */
export function validatePersonBasicType(value: unknown): ValidationResult<PersonBasicType> {
  if (is_PersonBasicType(value)) return { ok: true, value: value as PersonBasicType };
  const problems: ValidationProblem[] = [];
  check_PersonBasicType(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `Recipients` (a type guard; allocates nothing). */
export function isRecipients(value: unknown): value is Recipients {
  return is_Recipients(value);
}

/** Validates `value` as a `Recipients`: the typed value, or every problem with its JSON path. */
export function validateRecipients(value: unknown): ValidationResult<Recipients> {
  if (is_Recipients(value)) return { ok: true, value: value as Recipients };
  const problems: ValidationProblem[] = [];
  check_Recipients(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `MailgunDistribution` (a type guard; allocates nothing). */
export function isMailgunDistribution(value: unknown): value is MailgunDistribution {
  return is_MailgunDistribution(value);
}

/** Validates `value` as a `MailgunDistribution`: the typed value, or every problem with its JSON path. */
export function validateMailgunDistribution(value: unknown): ValidationResult<MailgunDistribution> {
  if (is_MailgunDistribution(value)) return { ok: true, value: value as MailgunDistribution };
  const problems: ValidationProblem[] = [];
  check_MailgunDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `GitHubGistDistribution` (a type guard; allocates nothing). */
export function isGitHubGistDistribution(value: unknown): value is GitHubGistDistribution {
  return is_GitHubGistDistribution(value);
}

/** Validates `value` as a `GitHubGistDistribution`: the typed value, or every problem with its JSON path. */
export function validateGitHubGistDistribution(value: unknown): ValidationResult<GitHubGistDistribution> {
  if (is_GitHubGistDistribution(value)) return { ok: true, value: value as GitHubGistDistribution };
  const problems: ValidationProblem[] = [];
  check_GitHubGistDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `GitHubDistribution` (a type guard; allocates nothing). */
export function isGitHubDistribution(value: unknown): value is GitHubDistribution {
  return is_GitHubDistribution(value);
}

/** Validates `value` as a `GitHubDistribution`: the typed value, or every problem with its JSON path. */
export function validateGitHubDistribution(value: unknown): ValidationResult<GitHubDistribution> {
  if (is_GitHubDistribution(value)) return { ok: true, value: value as GitHubDistribution };
  const problems: ValidationProblem[] = [];
  check_GitHubDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `FlattenedDistribution` (a type guard; allocates nothing). */
export function isFlattenedDistribution(value: unknown): value is FlattenedDistribution {
  return is_FlattenedDistribution(value);
}

/** Validates `value` as a `FlattenedDistribution`: the typed value, or every problem with its JSON path. */
export function validateFlattenedDistribution(value: unknown): ValidationResult<FlattenedDistribution> {
  if (is_FlattenedDistribution(value)) return { ok: true, value: value as FlattenedDistribution };
  const problems: ValidationProblem[] = [];
  check_FlattenedDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `ReferencedDistribution` (a type guard; allocates nothing). */
export function isReferencedDistribution(value: unknown): value is ReferencedDistribution {
  return is_ReferencedDistribution(value);
}

/** Validates `value` as a `ReferencedDistribution`: the typed value, or every problem with its JSON path. */
export function validateReferencedDistribution(value: unknown): ValidationResult<ReferencedDistribution> {
  if (is_ReferencedDistribution(value)) return { ok: true, value: value as ReferencedDistribution };
  const problems: ValidationProblem[] = [];
  check_ReferencedDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `FlattenedDistributions` (a type guard; allocates nothing). */
export function isFlattenedDistributions(value: unknown): value is FlattenedDistributions {
  return is_FlattenedDistributions(value);
}

/** Validates `value` as a `FlattenedDistributions`: the typed value, or every problem with its JSON path. */
export function validateFlattenedDistributions(value: unknown): ValidationResult<FlattenedDistributions> {
  if (is_FlattenedDistributions(value)) return { ok: true, value: value as FlattenedDistributions };
  const problems: ValidationProblem[] = [];
  check_FlattenedDistributions(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `FlattenedShare` (a type guard; allocates nothing). */
export function isFlattenedShare(value: unknown): value is FlattenedShare {
  return is_FlattenedShare(value);
}

/** Validates `value` as a `FlattenedShare`: the typed value, or every problem with its JSON path. */
export function validateFlattenedShare(value: unknown): ValidationResult<FlattenedShare> {
  if (is_FlattenedShare(value)) return { ok: true, value: value as FlattenedShare };
  const problems: ValidationProblem[] = [];
  check_FlattenedShare(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `Distribution` (a type guard; allocates nothing). */
export function isDistribution(value: unknown): value is Distribution {
  return is_Distribution(value);
}

/** Validates `value` as a `Distribution`: the typed value, or every problem with its JSON path. */
export function validateDistribution(value: unknown): ValidationResult<Distribution> {
  if (is_Distribution(value)) return { ok: true, value: value as Distribution };
  const problems: ValidationProblem[] = [];
  check_Distribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `Distributions` (a type guard; allocates nothing). */
export function isDistributions(value: unknown): value is Distributions {
  return is_Distributions(value);
}

/** Validates `value` as a `Distributions`: the typed value, or every problem with its JSON path. */
export function validateDistributions(value: unknown): ValidationResult<Distributions> {
  if (is_Distributions(value)) return { ok: true, value: value as Distributions };
  const problems: ValidationProblem[] = [];
  check_Distributions(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `SeededGitHubGistDistribution` (a type guard; allocates nothing). */
export function isSeededGitHubGistDistribution(value: unknown): value is SeededGitHubGistDistribution {
  return is_SeededGitHubGistDistribution(value);
}

/** Validates `value` as a `SeededGitHubGistDistribution`: the typed value, or every problem with its JSON path. */
export function validateSeededGitHubGistDistribution(value: unknown): ValidationResult<SeededGitHubGistDistribution> {
  if (is_SeededGitHubGistDistribution(value)) return { ok: true, value: value as SeededGitHubGistDistribution };
  const problems: ValidationProblem[] = [];
  check_SeededGitHubGistDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `SeededGitHubDistribution` (a type guard; allocates nothing). */
export function isSeededGitHubDistribution(value: unknown): value is SeededGitHubDistribution {
  return is_SeededGitHubDistribution(value);
}

/** Validates `value` as a `SeededGitHubDistribution`: the typed value, or every problem with its JSON path. */
export function validateSeededGitHubDistribution(value: unknown): ValidationResult<SeededGitHubDistribution> {
  if (is_SeededGitHubDistribution(value)) return { ok: true, value: value as SeededGitHubDistribution };
  const problems: ValidationProblem[] = [];
  check_SeededGitHubDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Whether `value` is a valid `SeededDistribution` (a type guard; allocates nothing). */
export function isSeededDistribution(value: unknown): value is SeededDistribution {
  return is_SeededDistribution(value);
}

/** Validates `value` as a `SeededDistribution`: the typed value, or every problem with its JSON path. */
export function validateSeededDistribution(value: unknown): ValidationResult<SeededDistribution> {
  if (is_SeededDistribution(value)) return { ok: true, value: value as SeededDistribution };
  const problems: ValidationProblem[] = [];
  check_SeededDistribution(value, "", problems);
  return { ok: false, problems };
}

/** Validates `value` against the schema called `name`; the same as calling `validate<Name>(value)`. */
export function validateSchema<N extends SchemaName>(name: N, value: unknown): ValidationResult<components["schemas"][N]> {
  const validate = schemaValidators[name] as (value: unknown) => ValidationResult<components["schemas"][N]>;
  return validate(value);
}

/** Every validator, keyed by schema name. */
export const schemaValidators: { readonly [N in SchemaName]: (value: unknown) => ValidationResult<components["schemas"][N]> } = {
  AccessEnum: validateAccessEnum,
  EmbeddedModelSchemaSemanticVersionEnum: validateEmbeddedModelSchemaSemanticVersionEnum,
  ExternallySourcedEnum: validateExternallySourcedEnum,
  EmbeddedModelSchema: validateEmbeddedModelSchema,
  GroupedTimestamp: validateGroupedTimestamp,
  Score: validateScore,
  FlattenedUserProfile: validateFlattenedUserProfile,
  Accessor: validateAccessor,
  Accessors: validateAccessors,
  FlattenedAsset: validateFlattenedAsset,
  ReferencedAsset: validateReferencedAsset,
  FlattenedAssets: validateFlattenedAssets,
  MailgunMetadata: validateMailgunMetadata,
  PersonBasicType: validatePersonBasicType,
  Recipients: validateRecipients,
  MailgunDistribution: validateMailgunDistribution,
  GitHubGistDistribution: validateGitHubGistDistribution,
  GitHubDistribution: validateGitHubDistribution,
  FlattenedDistribution: validateFlattenedDistribution,
  ReferencedDistribution: validateReferencedDistribution,
  FlattenedDistributions: validateFlattenedDistributions,
  FlattenedShare: validateFlattenedShare,
  Distribution: validateDistribution,
  Distributions: validateDistributions,
  SeededGitHubGistDistribution: validateSeededGitHubGistDistribution,
  SeededGitHubDistribution: validateSeededGitHubDistribution,
  SeededDistribution: validateSeededDistribution,
};
