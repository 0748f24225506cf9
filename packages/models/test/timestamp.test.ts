import { describe, expect, it } from "vitest";
import { dateToTimestamp, timestampToDate } from "../src/index.js";

describe("timestamps", () => {
  it("turns a GroupedTimestamp into the Date it names", () => {
    const date = timestampToDate({ value: "2026-11-28T09:15:00.000Z", readable: "28 Nov 2026" } as never);
    expect(date.toISOString()).toBe("2026-11-28T09:15:00.000Z");
  });

  it("throws a RangeError quoting a value that is not a date", () => {
    expect(() => timestampToDate({ value: "yesterday" })).toThrow(RangeError);
    expect(() => timestampToDate({ value: "yesterday" })).toThrow('"yesterday"');
  });

  it("round-trips a Date through the wire form", () => {
    const date = new Date(Date.UTC(2026, 10, 28, 9, 15));
    expect(dateToTimestamp(date)).toEqual({ value: "2026-11-28T09:15:00.000Z" });
    expect(dateToTimestamp(date, "now")).toEqual({ value: "2026-11-28T09:15:00.000Z", readable: "now" });
    expect(timestampToDate(dateToTimestamp(date)).getTime()).toBe(date.getTime());
    expect(() => dateToTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});
