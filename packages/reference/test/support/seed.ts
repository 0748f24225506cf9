/**
 * The distributions the document's own answer examples show (the created gist, the snapshot's entries), so
 * that examples which use the document's example ids (delete `7d0c...`) meet a mock server that has them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Distribution } from "@pieces-distributions/models";
import { parse } from "yaml";
import { operationSpecs } from "../../../client/src/generated/operations.js";
import { type Json, readReferenceInput } from "../../src/document.js";
import { repositoryDir } from "./markdown-examples.js";

/** The document, parsed, and joined with the client's operation table. */
export function referenceInput() {
  const document = parse(
    readFileSync(path.join(repositoryDir, "openapi/pieces-os-distributions.yaml"), "utf8"),
  );
  return readReferenceInput(document as Json, operationSpecs);
}

/** Every distribution in the success examples of the document's operations, each id once. */
export function documentDistributions(): Distribution[] {
  const byId = new Map<string, Distribution>();
  for (const operation of referenceInput().operations) {
    for (const response of operation.responses) {
      if (!/^2/.test(response.status) || response.example === undefined) continue;
      const found =
        operation.returns === "Distribution"
          ? [response.example as Distribution]
          : operation.returns === "Distributions"
            ? (response.example as { iterable: Distribution[] }).iterable
            : [];
      for (const distribution of found) byId.set(distribution.id, distribution);
    }
  }
  return [...byId.values()];
}
