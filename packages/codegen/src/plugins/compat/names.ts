/**
 * The renaming rules of openapi-generator's `typescript-fetch` generator (the one the official Pieces SDK is
 * made with), for the names the document contains: property names (`modelPropertyNaming: camelCase`, then a
 * `_` before TypeScript reserved words, so `public` -> `_public` and `github_id` -> `githubId`), model names
 * and enum member names (`enumPropertyNaming: PascalCase`, so `GIT_HUB` -> `GitHub`). Ported from its
 * `AbstractTypeScriptClientCodegen` and `StringUtils.camelize`/`underscore`; a name with characters those
 * rules treat specially (anything but letters, digits, `_`, `-` and `$`) is refused rather than guessed.
 */

/** The words openapi-generator's TypeScript generators escape with a leading `_` (compared case-sensitively). */
const RESERVED_WORDS = new Set(
  (
    "varLocalPath queryParameters headerParams formParams useFormData varLocalDeferred requestOptions " +
    "abstract await boolean break byte case catch char class const continue debugger default delete do " +
    "double else enum export extends false final finally float for function goto if implements import in " +
    "instanceof int interface let long native new null package private protected public return short " +
    "static super switch synchronized this throw transient true try typeof var void volatile while with yield"
  ).split(" "),
);

/** Names openapi-generator's TypeScript generators never give a model (it prefixes them with `Model`). */
const LANGUAGE_PRIMITIVES = new Set(
  "string String boolean Boolean Double Integer Long Float Object Array ReadonlyArray Date number any File Error Map object Set".split(
    " ",
  ),
);

function assertPlainName(name: string, what: string): void {
  if (!/^[A-Za-z0-9_$-]+$/.test(name))
    throw new Error(
      `${what} ${JSON.stringify(name)}: only letters, digits, "_", "-" and "$" are supported by the compat generator`,
    );
}

/** openapi-generator's `camelize(word, lowercaseFirstLetter)` for names of letters, digits, `_`, `-` and `$`. */
export function camelize(word: string, lowercaseFirstLetter = false): string {
  let result = word.charAt(0).toUpperCase() + word.slice(1);
  // Remove each underscore, upper-casing the character after it (one that has no upper case just closes up).
  for (let match = /_(.)/.exec(result); match; match = /_(.)/.exec(result)) {
    const next = match[1] as string;
    result =
      next === next.toUpperCase()
        ? result.replace("_", "")
        : result.slice(0, match.index) + next.toUpperCase() + result.slice(match.index + 2);
  }
  result = result.replace(/-(.)/g, (_match, next: string) => next.toUpperCase());
  if (lowercaseFirstLetter && result.length > 0) {
    // Lower-case everything up to and including the first letter.
    let index = 0;
    while (index + 1 < result.length && !/[A-Za-z]/.test(result.charAt(index))) index++;
    result = result.slice(0, index + 1).toLowerCase() + result.slice(index + 1);
  }
  return result.replace(/_/g, "");
}

/** openapi-generator's `underscore(word)`: `GitHub` -> `git_hub`, `GIT_HUB` -> `git_hub`. */
export function underscore(word: string): string {
  return word
    .replace(/\$/g, "__")
    .replace(/([A-Z]+)([A-Z][a-z][a-z]+)/g, "$1_$2")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();
}

/** The official SDK's name for a property called `wireName` on the wire: `public` -> `_public`, `github_id` -> `githubId`. */
export function propertyName(wireName: string): string {
  assertPlainName(wireName, "property");
  let name = wireName === "_" ? "_u" : wireName;
  name = camelize(name, true);
  return RESERVED_WORDS.has(name) || /^\d/.test(name) ? `_${name}` : name;
}

/** The official SDK's name for the model of the component schema `schemaName`. */
export function modelName(schemaName: string): string {
  assertPlainName(schemaName, "schema");
  const name = camelize(schemaName);
  return RESERVED_WORDS.has(name) || /^\d/.test(name) || LANGUAGE_PRIMITIVES.has(name)
    ? `Model${name}`
    : name;
}

/** The official SDK's member name for the string enum value `value`: `GIT_HUB` -> `GitHub`. */
export function enumMemberName(value: string): string {
  if (value === "") return "Empty";
  assertPlainName(value, "enum value");
  const name = camelize(underscore(value.replace(/^_/, "").replace(/_$/, "")));
  return /^\d/.test(name) ? `_${name}` : name;
}
