import type {
  EmbeddedModelSchema,
  PersonBasicType,
  Recipients,
  SeededDistribution,
} from "@pieces-distributions/models";
import { externallySourcedEnumValues } from "@pieces-distributions/models";
import fc from "fast-check";

/** Any `EmbeddedModelSchema`. */
const schema: fc.Arbitrary<EmbeddedModelSchema> = fc.record({
  migration: fc.integer({ min: 0, max: 1000 }),
  semantic: fc.constantFrom("UNKNOWN", "MAJOR_0_MINOR_0_PATCH_1"),
});

/** Any `PersonBasicType` (every field optional). */
const person: fc.Arbitrary<PersonBasicType> = fc.record(
  {
    schema,
    username: fc.string(),
    name: fc.string(),
    picture: fc.webUrl(),
    email: fc.emailAddress(),
    sourced: fc.constantFrom(...externallySourcedEnumValues),
    url: fc.webUrl(),
    mailgun: fc.record({ messageId: fc.string() }),
  },
  { requiredKeys: [] },
);

/** Any `Recipients`. */
const recipients: fc.Arbitrary<Recipients> = fc.record(
  { iterable: fc.array(person, { maxLength: 4 }), schema },
  { requiredKeys: ["iterable"] },
);

/** Any valid `SeededDistribution`: e-mail, gist, both or neither, with or without every optional field. */
export const seededDistribution: fc.Arbitrary<SeededDistribution> = fc.record(
  {
    schema,
    mailgun: fc.record({ schema, recipients }, { requiredKeys: ["recipients"] }),
    github: fc.record(
      {
        schema,
        gist: fc.record(
          { schema, recipients, public: fc.boolean(), description: fc.string(), name: fc.string() },
          { requiredKeys: ["name"] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
