/**
 * The formats the generated validators check with code rather than a regular expression (Ajv's standalone
 * validators import this module; `generated/ajv-standalone.ts` names it). Regular-expression formats
 * (`email`, `uuid`, `uri`) are inlined by the validators emitter instead.
 */

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
export function isDateTime(text: string): boolean {
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

/** RFC 3339 `full-date` (`2026-11-28`), with real calendar ranges. */
export function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1) return false;
  const year = century * 100 + yearInCentury;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month] as number));
}

/** The code formats, by format name, as the standalone validators look them up. */
export const formats: { readonly [name: string]: (text: string) => boolean } = {
  "date-time": isDateTime,
  date: isDate,
};
