/** Names the client derives from the document, computed by the client generator's own functions. */
export { camelCase } from "../../../codegen/src/ir/names.js";

/** `distributionsSnapshot` -> `DistributionsSnapshotRequest`: the type of a method's first argument. */
export function requestTypeName(methodName: string): string {
  return `${methodName.charAt(0).toUpperCase()}${methodName.slice(1)}Request`;
}
