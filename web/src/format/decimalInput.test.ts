import { describe, expect, it } from "vitest";
import { decimalNumber, fractionToPercentText, minorToText, moneyToMinor, percentToFraction, wholeNumber } from "./decimalInput";

describe("number fields into API values", () => {
  it("turns money into minor units exactly, by the currency's digits", () => {
    expect(moneyToMinor("1234.56", "EUR")).toEqual({ ok: true, value: 123456 });
    expect(moneyToMinor("1234,5", "EUR")).toEqual({ ok: true, value: 123450 });
    expect(moneyToMinor(" 0.29 ", "EUR")).toEqual({ ok: true, value: 29 });
    expect(moneyToMinor("100000", "EUR")).toEqual({ ok: true, value: 10000000 });
    expect(moneyToMinor("500", "JPY")).toEqual({ ok: true, value: 500 });
    expect(moneyToMinor("1.234", "BHD")).toEqual({ ok: true, value: 1234 });
    expect(moneyToMinor("", "EUR")).toEqual({ ok: true, value: undefined });
  });

  it("refuses text that is no amount of the currency", () => {
    expect(moneyToMinor("12.345", "EUR")).toEqual({ ok: false, problem: "tooManyDecimals" });
    expect(moneyToMinor("1.5", "JPY")).toEqual({ ok: false, problem: "tooManyDecimals" });
    expect(moneyToMinor("abc", "EUR")).toEqual({ ok: false, problem: "notANumber" });
    expect(moneyToMinor("1.2.3", "EUR")).toEqual({ ok: false, problem: "notANumber" });
  });

  it("gives minor units back as typed text", () => {
    expect(minorToText(123450, "EUR")).toBe("1234.50");
    expect(minorToText(5, "EUR")).toBe("0.05");
    expect(minorToText(500, "JPY")).toBe("500");
    expect(minorToText(undefined, "EUR")).toBe("");
  });

  it("turns a percentage into a fraction without floating-point drift", () => {
    expect(percentToFraction("80")).toEqual({ ok: true, value: 0.8 });
    expect(percentToFraction("12.5")).toEqual({ ok: true, value: 0.125 });
    expect(percentToFraction("7")).toEqual({ ok: true, value: 0.07 });
    expect(percentToFraction("100")).toEqual({ ok: true, value: 1 });
    expect(percentToFraction("14.1234")).toEqual({ ok: true, value: 0.141234 });
    expect(percentToFraction("29.1")).toEqual({ ok: true, value: 0.291 });
    expect(percentToFraction("56.7")).toEqual({ ok: true, value: 0.567 });
    expect(percentToFraction("0,5")).toEqual({ ok: true, value: 0.005 });
    expect(percentToFraction("")).toEqual({ ok: true, value: undefined });
    expect(percentToFraction("x")).toEqual({ ok: false, problem: "notANumber" });
    // dividing by 100 would send 0.29100000000000004, which the API refuses (at most 6 decimals)
    expect(29.1 / 100).not.toBe(0.291);
  });

  it("shows a fraction as a percentage", () => {
    expect(fractionToPercentText(0.8)).toBe("80");
    expect(fractionToPercentText(0.125)).toBe("12.5");
    expect(fractionToPercentText(1)).toBe("100");
    expect(fractionToPercentText(0.141234)).toBe("14.1234");
  });

  it("reads whole and decimal numbers", () => {
    expect(wholeNumber("5")).toEqual({ ok: true, value: 5 });
    expect(wholeNumber("5.5")).toEqual({ ok: false, problem: "tooManyDecimals" });
    expect(decimalNumber("18.5")).toEqual({ ok: true, value: 18.5 });
    expect(decimalNumber("18,25")).toEqual({ ok: true, value: 18.25 });
  });
});
