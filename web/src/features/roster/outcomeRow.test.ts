import { describe, expect, it } from "vitest";
import { rowOf, toOutcomeRequest } from "./RosterPage";

const PROVIDER = "5d4c3b2a-0000-4000-8000-000000000001";

describe("an outcome row into the outcome request", () => {
  it("sends the figures typed, and leaves blank ones out", () => {
    const row = { outcome: "COMPLETED" as const, attendedHours: "18,5", preScore: "40", postScore: "", satisfaction: "5", comment: "", clearComment: false, credentialAwarded: true };
    expect(toOutcomeRequest(row, PROVIDER)).toEqual({
      providerId: PROVIDER,
      outcome: "COMPLETED",
      attendedHours: 18.5,
      preScore: 40,
      satisfaction: 5,
      credentialAwarded: true,
    });
  });

  it("sends a figure that is no number as typed, so the API names its cell", () => {
    const row = { outcome: "NO_SHOW" as const, attendedHours: "0", preScore: "forty", postScore: "55.5", satisfaction: "", comment: "  ", clearComment: false, credentialAwarded: false };
    const request = toOutcomeRequest(row, PROVIDER) as unknown as Record<string, unknown>;
    expect(request.preScore).toBe("forty");
    expect(request.postScore).toBe("55.5");
    expect(request.attendedHours).toBe(0);
    expect(request).not.toHaveProperty("credentialAwarded");
  });

  it("leaves the hours to the API where the cohort has sessions (they come from attendance)", () => {
    const row = { outcome: "COMPLETED" as const, attendedHours: "7.25", preScore: "40", postScore: "70", satisfaction: "", comment: "", clearComment: false, credentialAwarded: false };
    expect(toOutcomeRequest(row, PROVIDER, true)).toEqual({ providerId: PROVIDER, outcome: "COMPLETED", preScore: 40, postScore: 70 });
  });

  it("sends the participant's comment trimmed, and none when blank", () => {
    const row = { outcome: "COMPLETED" as const, attendedHours: "8", preScore: "", postScore: "", satisfaction: "4", comment: "  Clear examples, too fast at the end. ", clearComment: false, credentialAwarded: false };
    expect(toOutcomeRequest(row, PROVIDER)).toEqual({ providerId: PROVIDER, outcome: "COMPLETED", attendedHours: 8, satisfaction: 4, comment: "Clear examples, too fast at the end." });
    expect(toOutcomeRequest({ ...row, comment: " " }, PROVIDER)).not.toHaveProperty("comment");
  });

  it("keeps the recorded comment by leaving it out, and clears it only when asked, with an empty comment", () => {
    const row = { outcome: "COMPLETED" as const, attendedHours: "8", preScore: "", postScore: "", satisfaction: "", comment: "", clearComment: false, credentialAwarded: false };
    expect(toOutcomeRequest(row, PROVIDER)).toEqual({ providerId: PROVIDER, outcome: "COMPLETED", attendedHours: 8 });
    expect(toOutcomeRequest({ ...row, clearComment: true }, PROVIDER)).toEqual({ providerId: PROVIDER, outcome: "COMPLETED", attendedHours: 8, comment: "" });
    expect(toOutcomeRequest({ ...row, comment: "typed, then cleared", clearComment: true }, PROVIDER)).toHaveProperty("comment", "");
  });

  it("starts a row from the outcome recorded, or from nothing", () => {
    expect(
      rowOf({ outcome: { outcome: "NOT_COMPLETED", attendedHours: 12.25, preScore: 30, postScore: 35, satisfaction: 2, credentialAwarded: false } }),
    ).toEqual({ outcome: "NOT_COMPLETED", attendedHours: "12.25", preScore: "30", postScore: "35", satisfaction: "2", comment: "", clearComment: false, credentialAwarded: false });
    expect(rowOf({ status: "CONFIRMED" })).toEqual({
      outcome: "COMPLETED",
      attendedHours: "",
      preScore: "",
      postScore: "",
      satisfaction: "",
      comment: "",
      clearComment: false,
      credentialAwarded: false,
    });
  });
});
