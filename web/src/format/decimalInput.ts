/**
 * What people type into number fields, turned into what the API takes, exactly (no floating-point rounding on the
 * way): money into integer minor units, a percentage into a fraction. Only the number's form is checked here; the
 * rules (ranges, required fields) are the API's, and its problem+json answer is shown at the field.
 */

import { fractionDigits, minorToDecimal } from "./format";

export type ParseProblem = "notANumber" | "tooManyDecimals";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

interface Decimal {
  negative: boolean;
  whole: string;
  fraction: string;
}

function decimal(text: string): Decimal | null {
  const match = DECIMAL.exec(text.trim().replace(/[\s\u00a0\u202f]/g, ""));
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  return { negative: sign === "-", whole: whole || "0", fraction };
}

/** Shifts the decimal point `digits` places to the right and gives the digits as a plain decimal string. */
function shifted(value: Decimal, digits: number): string {
  const fraction = value.fraction.padEnd(digits, "0");
  const whole = (value.whole + fraction.slice(0, digits)).replace(/^0+(?=\d)/, "");
  const rest = fraction.slice(digits).replace(/0+$/, "");
  const text = rest ? `${whole}.${rest}` : whole;
  return value.negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** "1234.5" EUR -> 123450; "1234,5" too. Blank gives undefined (an optional amount left out). */
export function moneyToMinor(text: string, currency: string): Parsed<number | undefined> {
  if (text.trim() === "") return { ok: true, value: undefined };
  const value = decimal(text);
  if (!value) return { ok: false, problem: "notANumber" };
  const digits = safeFractionDigits(currency);
  if (value.fraction.replace(/0+$/, "").length > digits) return { ok: false, problem: "tooManyDecimals" };
  return { ok: true, value: Number(shifted(value, digits)) };
}

/** Minor units back into the text a person would type (123450 EUR -> "1234.50"), to fill a form for revision. */
export function minorToText(minor: number | undefined | null, currency: string): string {
  if (minor === undefined || minor === null) return "";
  return minorToDecimal(minor, safeFractionDigits(currency));
}

/** The currency's digits; 2 while the code typed so far is no currency (the API names the currency field then). */
function safeFractionDigits(currency: string): number {
  try {
    return fractionDigits(currency);
  } catch {
    return 2;
  }
}

/** "80" -> 0.8, "12.5" -> 0.125, exactly as typed (no 0.1 + 0.2 effects). Blank gives undefined. */
export function percentToFraction(text: string): Parsed<number | undefined> {
  if (text.trim() === "") return { ok: true, value: undefined };
  const value = decimal(text);
  if (!value) return { ok: false, problem: "notANumber" };
  const fraction = (value.whole.padStart(2, "0").slice(0, -2) || "0") + "." + value.whole.padStart(2, "0").slice(-2) + value.fraction;
  return { ok: true, value: Number((value.negative ? "-" : "") + fraction) };
}

/** 0.8 -> "80", 0.125 -> "12.5": a fraction the API sent, as a percentage to show in a form. */
export function fractionToPercentText(fraction: number | undefined | null): string {
  if (fraction === undefined || fraction === null) return "";
  const value = decimal(String(fraction));
  if (!value) return String(fraction * 100);
  return shifted(value, 2);
}

/** A whole number ("5"); blank gives undefined. */
export function wholeNumber(text: string): Parsed<number | undefined> {
  if (text.trim() === "") return { ok: true, value: undefined };
  const value = decimal(text);
  if (!value) return { ok: false, problem: "notANumber" };
  if (value.fraction.replace(/0+$/, "") !== "") return { ok: false, problem: "tooManyDecimals" };
  return { ok: true, value: Number(shifted(value, 0)) };
}

/** A decimal number ("18.5" hours) as typed; blank gives undefined. */
export function decimalNumber(text: string): Parsed<number | undefined> {
  if (text.trim() === "") return { ok: true, value: undefined };
  const value = decimal(text);
  if (!value) return { ok: false, problem: "notANumber" };
  return { ok: true, value: Number(shifted(value, 0)) };
}
