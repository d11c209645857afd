import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDecimal, formatMoney, formatPercentFigure, formatRate, formatRatio, formatWholePercent, fractionDigits, minorToDecimal } from "./format";

// Intl puts a narrow no-break space (U+202F) or a no-break space (U+00A0) where a person sees a space
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("money from minor units", () => {
  it("uses the currency's own fraction digits", () => {
    expect([fractionDigits("EUR"), fractionDigits("JPY"), fractionDigits("BHD"), fractionDigits("usd")]).toEqual([2, 0, 3, 2]);
  });

  it("places the decimal point exactly, however large the amount", () => {
    expect(minorToDecimal(123456, 2)).toBe("1234.56");
    expect(minorToDecimal(5, 2)).toBe("0.05");
    expect(minorToDecimal(-5, 2)).toBe("-0.05");
    expect(minorToDecimal(0, 2)).toBe("0.00");
    expect(minorToDecimal(1500, 0)).toBe("1500");
    expect(minorToDecimal(1234, 3)).toBe("1.234");
    expect(minorToDecimal(10_000_000_000_000, 2)).toBe("100000000000.00");
    expect(minorToDecimal(900719925474099312n, 2)).toBe("9007199254740993.12");
  });

  it("formats euros in several locales", () => {
    expect(plain(formatMoney(123456, "EUR", "en-GB"))).toBe("€1,234.56");
    expect(plain(formatMoney(123456, "EUR", "de-DE"))).toBe("1.234,56 €");
    expect(plain(formatMoney(123456, "EUR", "fr-FR"))).toBe("1 234,56 €");
    expect(plain(formatMoney(10_000_000_000_000, "EUR", "en-GB"))).toBe("€100,000,000,000.00");
  });

  it("formats zero-decimal yen without a fraction: 1500 minor units are ¥1,500", () => {
    expect(plain(formatMoney(1500, "JPY", "en-US"))).toBe("¥1,500");
    expect(plain(formatMoney(1500, "JPY", "ja-JP"))).toBe("￥1,500");
  });

  it("formats three-decimal dinars and other currencies", () => {
    expect(plain(formatMoney(1234, "BHD", "en-GB"))).toBe("BHD 1.234");
    expect(plain(formatMoney(99, "USD", "en-US"))).toBe("$0.99");
    expect(plain(formatMoney(250000, "GBP", "en-GB"))).toBe("£2,500.00");
  });

  it("formats negative amounts and zero", () => {
    expect(plain(formatMoney(-123456, "EUR", "en-GB"))).toBe("-€1,234.56");
    expect(plain(formatMoney(-5, "EUR", "de-DE"))).toBe("-0,05 €");
    expect(plain(formatMoney(-1500, "JPY", "en-US"))).toBe("-¥1,500");
    expect(plain(formatMoney(0, "EUR", "en-GB"))).toBe("€0.00");
  });
});

describe("dates in the locale's way", () => {
  it("shows a calendar date as that day in every locale", () => {
    expect(formatDate("2026-03-01", "en-GB")).toBe("1 Mar 2026");
    expect(formatDate("2026-03-01", "en-US")).toBe("Mar 1, 2026");
    expect(formatDate("2026-03-01", "de-DE")).toBe("01.03.2026");
    expect(formatDate("2026-12-31", "ja-JP")).toBe("2026/12/31");
  });

  it("does not move a calendar date by the time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(formatDate("2026-01-01", "en-GB")).toBe("1 Jan 2026");
    } finally {
      process.env.TZ = before;
    }
  });

  it("shows an instant in the given time zone", () => {
    expect(plain(formatDateTime("2026-03-01T09:30:00Z", "en-GB", "Europe/Berlin"))).toBe("1 Mar 2026, 10:30");
    expect(plain(formatDateTime("2026-03-01T09:30:00Z", "en-US", "America/New_York"))).toBe("Mar 1, 2026, 4:30 AM");
  });

  it("leaves what is not a date as it is, and nothing as nothing", () => {
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("soon")).toBe("soon");
    expect(formatDateTime("")).toBe("");
  });
});

describe("the evaluation's figures", () => {
  it("formats a percentage the API gives in percent with 1 decimal (ROI)", () => {
    expect([formatPercentFigure(328.1, "en-GB"), formatPercentFigure(-100, "en-GB"), formatPercentFigure(0, "en-GB")]).toEqual(["328.1%", "-100.0%", "0.0%"]);
    expect(plain(formatPercentFigure(139.9, "de-DE"))).toBe("139,9 %");
  });

  it("formats a ratio with 2 decimals", () => {
    expect([formatRatio(4.28, "en-GB"), formatRatio(2.4, "en-GB"), formatRatio(0, "en-GB"), formatRatio(1234.5, "en-GB")]).toEqual(["4.28", "2.40", "0.00", "1,234.50"]);
    expect(formatRatio(2.4, "de-DE")).toBe("2,40");
  });

  it("formats a rate 0 to 1 as a percentage with 2 decimals", () => {
    expect([formatRate(0.6667, "en-GB"), formatRate(1, "en-GB"), formatRate(0, "en-GB")]).toEqual(["66.67%", "100.00%", "0.00%"]);
    expect(plain(formatRate(0.6667, "de-DE"))).toBe("66,67 %");
  });

  it("formats whole percents through the locale's percent format", () => {
    expect([formatWholePercent(50, "en-GB"), plain(formatWholePercent(80, "de-DE")), plain(formatWholePercent(100, "fr-FR"))]).toEqual(["50%", "80 %", "100 %"]);
  });

  it("formats a measure's value with at most the decimals asked, adding none", () => {
    expect([formatDecimal(1.23456, 4, "en-GB"), formatDecimal(0.5, 4, "en-GB"), formatDecimal(40, 4, "en-GB"), formatDecimal(12345.6789, 4, "de-DE")]).toEqual(["1.2346", "0.5", "40", "12.345,6789"]);
  });
});
