import { describe, expect, it } from "vitest";
import * as models from "../src/index.js";
import * as validators from "../src/validators.js";

// A removed or renamed export is a breaking change: it must show up here as a deliberate edit.
describe("public surface", () => {
  it("exports these runtime names from @pieces-distributions/models", () => {
    expect(Object.keys(models).sort()).toMatchInlineSnapshot(`
      [
        "accessEnumValues",
        "dateToTimestamp",
        "embeddedModelSchemaSemanticVersionEnumValues",
        "externallySourcedEnumValues",
        "operationTable",
        "timestampToDate",
      ]
    `);
  });

  it("exports these runtime names from @pieces-distributions/models/validators", () => {
    expect(Object.keys(validators).sort()).toMatchInlineSnapshot(`
      [
        "formatProblems",
        "isAccessEnum",
        "isAccessor",
        "isAccessors",
        "isDistribution",
        "isDistributions",
        "isEmbeddedModelSchema",
        "isEmbeddedModelSchemaSemanticVersionEnum",
        "isExternallySourcedEnum",
        "isFlattenedAsset",
        "isFlattenedAssets",
        "isFlattenedDistribution",
        "isFlattenedDistributions",
        "isFlattenedShare",
        "isFlattenedUserProfile",
        "isGitHubDistribution",
        "isGitHubGistDistribution",
        "isGroupedTimestamp",
        "isMailgunDistribution",
        "isMailgunMetadata",
        "isPersonBasicType",
        "isRecipients",
        "isReferencedAsset",
        "isReferencedDistribution",
        "isScore",
        "isSeededDistribution",
        "isSeededGitHubDistribution",
        "isSeededGitHubGistDistribution",
        "operationValidators",
        "schemaNames",
        "schemaValidators",
        "validateAccessEnum",
        "validateAccessor",
        "validateAccessors",
        "validateDistribution",
        "validateDistributions",
        "validateEmbeddedModelSchema",
        "validateEmbeddedModelSchemaSemanticVersionEnum",
        "validateExternallySourcedEnum",
        "validateFlattenedAsset",
        "validateFlattenedAssets",
        "validateFlattenedDistribution",
        "validateFlattenedDistributions",
        "validateFlattenedShare",
        "validateFlattenedUserProfile",
        "validateGitHubDistribution",
        "validateGitHubGistDistribution",
        "validateGroupedTimestamp",
        "validateMailgunDistribution",
        "validateMailgunMetadata",
        "validatePersonBasicType",
        "validateRecipients",
        "validateReferencedAsset",
        "validateReferencedDistribution",
        "validateSchema",
        "validateScore",
        "validateSeededDistribution",
        "validateSeededGitHubDistribution",
        "validateSeededGitHubGistDistribution",
      ]
    `);
  });
});
