import type { GroupedTimestamp } from "./generated/openapi.js";

/**
 * Turns a `GroupedTimestamp` (an ISO 8601 string on the wire) into a `Date`.
 * Throws a `RangeError` naming the value when it is not a valid date-time.
 */
export function timestampToDate(timestamp: Pick<GroupedTimestamp, "value">): Date {
  const date = new Date(timestamp.value);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(
      `GroupedTimestamp.value is not a valid date-time: ${JSON.stringify(timestamp.value)}`,
    );
  }
  return date;
}

/** Turns a `Date` into the `GroupedTimestamp` Pieces OS would send (`value` as an ISO 8601 UTC string). */
export function dateToTimestamp(date: Date, readable?: string): GroupedTimestamp {
  if (Number.isNaN(date.getTime())) throw new RangeError("dateToTimestamp: the Date is invalid");
  return readable === undefined ? { value: date.toISOString() } : { value: date.toISOString(), readable };
}
