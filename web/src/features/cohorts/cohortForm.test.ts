import { describe, expect, it } from "vitest";
import { ProblemError } from "../../api/problem";
import { cohortActions } from "./CohortActions";
import { toCohortRequest } from "./CohortForm";

const ORGANISER = "7e6d5c4b-0000-4000-8000-000000000002";
const form = {
  courseId: "c0ffee00-0000-4000-8000-000000000003",
  startDate: "2027-03-01",
  endDate: "2027-03-05",
  enrolmentOpens: "2027-01-10",
  enrolmentCloses: "2027-02-20",
  capacity: "12",
  minParticipants: "4",
  seatQuotaPerEmployer: "",
  pricing: "TOTAL" as const,
  amount: "9000",
  currency: "eur",
};

describe("the cohort form into the request", () => {
  it("sends the cost in minor units and leaves an empty quota out", () => {
    expect(toCohortRequest(form, ORGANISER)).toEqual({
      courseId: form.courseId,
      organiserId: ORGANISER,
      startDate: "2027-03-01",
      endDate: "2027-03-05",
      enrolmentOpens: "2027-01-10",
      enrolmentCloses: "2027-02-20",
      capacity: 12,
      minParticipants: 4,
      cost: { pricing: "TOTAL", amountMinor: 900000, currency: "EUR" },
    });
  });

  it("names each field whose text is no number, as the API would", () => {
    const problem = toCohortRequest({ ...form, capacity: "twelve", amount: "90.001" }, ORGANISER);
    expect(problem).toBeInstanceOf(ProblemError);
    expect(Object.keys((problem as ProblemError).fieldErrors).sort()).toEqual(["capacity", "cost.amountMinor"]);
  });
});

describe("the lifecycle steps offered", () => {
  it("offers the coordinator every step the status allows, the provider only start and complete", () => {
    expect(cohortActions("PLANNED", "coordinator")).toEqual(["open", "cancel"]);
    expect(cohortActions("OPEN", "coordinator")).toEqual(["start", "cancel"]);
    expect(cohortActions("RUNNING", "provider")).toEqual(["complete"]);
    expect(cohortActions("PLANNED", "provider")).toEqual([]);
    expect(cohortActions("COMPLETED", "coordinator")).toEqual([]);
  });
});
