// Money and dates for the browser's locale. Money arrives in integer minor units with its currency (docs/api.md): the
// currency's own number of fraction digits (EUR 2, JPY 0, BHD 3) places the decimal point, exactly, as text, so a
// large amount never passes through a binary fraction.

/** undefined: the browser's own locale */
export type Locale = string | undefined;

const fractionDigitsCache = new Map<string, number>();

/** The number of fraction digits of a currency's minor unit (ISO 4217, as the platform's Intl data knows it). */
export function fractionDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = fractionDigitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(code, digits);
  }
  return digits;
}

/** "-12345" minor units with 2 digits -> "-123.45": exact decimal text from an integer. */
export function minorToDecimal(minor: number | bigint, digits: number): string {
  const value = typeof minor === "bigint" ? minor : BigInt(Math.trunc(minor));
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(digits + 1, "0");
  const whole = digits === 0 ? text : text.slice(0, text.length - digits);
  const fraction = digits === 0 ? "" : `.${text.slice(text.length - digits)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** An amount in minor units as money of its currency, in the locale's way: 123456 EUR -> "€1,234.56" (en-GB). */
export function formatMoney(minor: number | bigint, currency: string, locale: Locale = undefined): string {
  const digits = fractionDigits(currency);
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl formats a decimal string exactly (Intl.NumberFormat v3); the cast keeps the type of older TypeScript libs
  return format.format(minorToDecimal(minor, digits) as unknown as number);
}

/** A plain number in the locale's way (counts, seats). */
export function formatNumber(value: number, locale: Locale = undefined): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A rate from 0 to 1 as a percentage: 0.425 -> "42.5%". */
export function formatPercent(rate: number, locale: Locale = undefined): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(rate);
}

/**
 * A calendar date (`2026-03-01`, OpenAPI `format: date`) in the locale's way. Read as that day itself, never as
 * midnight UTC, which a browser west of Greenwich would show as the day before.
 */
export function formatDate(isoDate: string | undefined, locale: Locale = undefined): string {
  if (isoDate === undefined || isoDate === "") return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** An instant (`2026-03-01T09:30:00Z`, `format: date-time`) in the locale's way and the browser's time zone. */
export function formatDateTime(isoInstant: string | undefined, locale: Locale = undefined, timeZone?: string): string {
  if (isoInstant === undefined || isoInstant === "") return "";
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A percentage the API gives as a number of percent (ROI % with 1 decimal: 125.3 -> "125.3%"). */
export function formatPercentFigure(percent: number, locale: Locale = undefined): string {
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent / 100);
}

/** A ratio with 2 decimals, as the API gives it (a benefit-cost ratio: 2.5 -> "2.50"). */
export function formatRatio(ratio: number, locale: Locale = undefined): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio);
}

/** A rate from 0 to 1 as a percentage with 2 decimals (a transfer rate, a reported share): 0.6667 -> "66.67%". */
export function formatRate(rate: number, locale: Locale = undefined): string {
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(rate);
}

/** A whole number of percent (an attribution, a confidence): 50 -> "50%", in the locale's way ("50 %" in de-DE). */
export function formatWholePercent(percent: number, locale: Locale = undefined): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(percent / 100);
}

/** A decimal figure with at most `maxDecimals` decimals and none added (a measure's value): 12.34567 -> "12.3457". */
export function formatDecimal(value: number, maxDecimals: number, locale: Locale = undefined): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
}
