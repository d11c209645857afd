import { describe, expect, it } from "vitest";
import { canRecord, presentAtFirst, registerBody, timeText, whereText } from "./sessionText";

const A = "e0000001-0000-4000-8000-000000000001";
const B = "e0000002-0000-4000-8000-000000000002";

describe("a session's register", () => {
  it("lists every seat, present when ticked and absent otherwise", () => {
    const seats = [{ enrolmentId: A, staffId: "s-a" }, { enrolmentId: B, staffId: "s-b" }];
    expect(registerBody(seats, new Set([B]))).toEqual([
      { enrolmentId: A, present: false },
      { enrolmentId: B, present: true },
    ]);
  });

  it("starts from the register recorded, and from nobody present where none is", () => {
    expect([...presentAtFirst([{ enrolmentId: A, present: true }, { enrolmentId: B, present: false }])]).toEqual([A]);
    expect(presentAtFirst([{ enrolmentId: A }, { enrolmentId: B }]).size).toBe(0);
  });

  it("is recorded once the cohort runs and the session's day has come", () => {
    expect(canRecord("RUNNING", "2027-03-01", "2027-03-01")).toBe(true);
    expect(canRecord("COMPLETED", "2027-02-28", "2027-03-01")).toBe(true);
    expect(canRecord("RUNNING", "2027-03-02", "2027-03-01")).toBe(false);
    expect(canRecord("OPEN", "2027-03-01", "2027-03-01")).toBe(false);
  });
});

describe("a session as read", () => {
  it("shows times without seconds and a place or its online link", () => {
    expect(timeText("09:00:00")).toBe("09:00");
    expect(timeText("16:45")).toBe("16:45");
    expect(whereText({ place: "Hall 3" })).toBe("Hall 3");
    expect(whereText({ onlineLink: "https://meet.example.org/x" })).toBe("Online: https://meet.example.org/x");
  });
});
