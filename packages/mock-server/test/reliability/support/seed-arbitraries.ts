import {
  embeddedModelSchemaSemanticVersionEnumValues,
  externallySourcedEnumValues,
} from "@pieces-distributions/models";
import fc from "fast-check";

/** Either a valid value, or any JSON value at all in its place. */
const validOrNot = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.jsonValue({ maxDepth: 2 }));

const modelSchema = fc.record({
  migration: fc.integer(),
  semantic: fc.constantFrom(...embeddedModelSchemaSemanticVersionEnumValues),
});

const person = fc.record(
  {
    email: fc.string(),
    name: fc.string({ unit: "grapheme" }),
    username: fc.string(),
    sourced: fc.constantFrom(...externallySourcedEnumValues),
    mailgun: fc.record({ messageId: fc.string() }),
  },
  { requiredKeys: [] },
);

const recipients = fc.record({ iterable: fc.array(validOrNot(person), { maxLength: 3 }) });

const gist = fc.record(
  {
    name: validOrNot(fc.string({ unit: "grapheme" })),
    description: validOrNot(fc.string()),
    public: validOrNot(fc.boolean()),
    recipients: validOrNot(recipients),
    schema: validOrNot(modelSchema),
  },
  { requiredKeys: [] },
);

/**
 * Values shaped like a `SeededDistribution` where any field may be valid or anything else: the search then
 * hits both the accepted seeds and the near misses, which plain `fc.jsonValue()` almost never builds.
 */
export const seedLike = fc.record(
  {
    schema: validOrNot(modelSchema),
    mailgun: validOrNot(fc.record({ recipients: validOrNot(recipients) }, { requiredKeys: [] })),
    github: validOrNot(fc.record({ gist: validOrNot(gist) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);

/** Any JSON value, or a seed-like one. */
export const jsonBody = fc.oneof(fc.jsonValue({ maxDepth: 4 }), seedLike);

const whitespaceLike = fc
  .array(fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0", "\ufeff", "\u2028", "\u3000", "\v", "\f"), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => new TextEncoder().encode(parts.join("")));

/** A JSON text with bytes overwritten, inserted or cut off: mostly broken, sometimes still valid. */
const damagedJson = fc
  .tuple(
    jsonBody.map((value) => new TextEncoder().encode(JSON.stringify(value))),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "cut")), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([bytes, edits]) => {
    let result = Array.from(bytes);
    for (const [at, byte, kind] of edits) {
      const index = result.length === 0 ? 0 : at % result.length;
      if (kind === "set") result[index] = byte;
      else if (kind === "insert") result.splice(index, 0, byte);
      else result = result.slice(0, index);
    }
    return Uint8Array.from(result);
  });

/** Arbitrary bytes for a create body: random, blank or whitespace-like, and damaged JSON. */
export const bodyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  whitespaceLike,
  damagedJson,
  fc.string({ unit: "binary" }).map((text) => new TextEncoder().encode(text)),
);

/** Content-Type headers a create may carry (absent when `undefined`). */
export const contentTypes = fc.option(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "Application/JSON",
    "text/plain",
    "application/x-www-form-urlencoded",
    "application/jsonx",
    "",
  ),
  { nil: undefined },
);
