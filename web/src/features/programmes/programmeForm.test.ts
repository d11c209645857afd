import { describe, expect, it } from "vitest";
import { ProblemError } from "../../api/problem";
import { parseProblem } from "../../api/problem";
import { emptyProgrammeForm, programmeToForm, renameProblemFields, toProgrammeRequest } from "./programmeForm";

const FUNDER = "0b7b5c1e-3f00-4c53-9d5a-5b0f5a4a0001";

function filledForm() {
  const form = emptyProgrammeForm("EUR");
  form.name = "Digital skills for SMEs 2026";
  form.budget = "100000";
  form.periodStart = "2026-01-01";
  form.periodEnd = "2026-12-31";
  form.eligibleSizeBands = ["MEDIUM", "SMALL"];
  form.eligibleSectorCodes = "C, J62";
  form.eligibleRegions = "DE2";
  form.requiredPriorityTags = "digital";
  form.capPerParticipant = "3000";
  form.capPerEmployer = "10000";
  form.suppressionK = "5";
  form.bandRules.SMALL = {
    included: true,
    costRatePercent: "80",
    wageSubsidyPerHour: "5",
    minimumEmployerSharePercent: "10",
  };
  form.bandRules.MEDIUM = {
    included: true,
    costRatePercent: "80",
    wageSubsidyPerHour: "3.00",
    minimumEmployerSharePercent: "25",
  };
  return form;
}

describe("the band-rule form into the programme request", () => {
  it("gives exactly the request of docs/funding.md's example", () => {
    const { request, problems } = toProgrammeRequest(filledForm(), FUNDER);
    expect(problems).toEqual({});
    expect(request).toEqual({
      funderId: FUNDER,
      name: "Digital skills for SMEs 2026",
      currency: "EUR",
      budgetMinor: 10000000,
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
      eligibleAllianceIds: [],
      eligibleSizeBands: ["SMALL", "MEDIUM"],
      eligibleSectorCodes: ["C", "J62"],
      eligibleRegions: ["DE2"],
      requiredPriorityTags: ["DIGITAL"],
      bandRules: [
        { sizeBand: "SMALL", costRate: 0.8, wageSubsidyPerHourMinor: 500, minimumEmployerShare: 0.1 },
        { sizeBand: "MEDIUM", costRate: 0.8, wageSubsidyPerHourMinor: 300, minimumEmployerShare: 0.25 },
      ],
      capPerParticipantMinor: 300000,
      capPerEmployerMinor: 1000000,
      suppressionK: 5,
    });
  });

  it("sends a rule for a band that is not eligible with only its band, and leaves blank optional fields out", () => {
    const form = filledForm();
    form.bandRules.LARGE.included = true;
    form.capPerEmployer = "";
    form.suppressionK = "";
    const { request } = toProgrammeRequest(form, FUNDER);
    expect(request?.bandRules[2]).toEqual({ sizeBand: "LARGE" });
    expect(request).not.toHaveProperty("capPerEmployerMinor");
    expect(request).not.toHaveProperty("suppressionK");
  });

  it("names the form field of every number that cannot be read, and sends nothing", () => {
    const form = filledForm();
    form.budget = "1000.005";
    form.bandRules.MEDIUM.costRatePercent = "eighty";
    const { request, problems } = toProgrammeRequest(form, FUNDER);
    expect(request).toBeNull();
    expect(problems).toEqual({ budget: "tooManyDecimals", "bandRules.MEDIUM.costRatePercent": "notANumber" });
  });

  it("maps the API's field names back to the form's rows, whose indexes differ", () => {
    const form = filledForm();
    form.bandRules.SMALL.included = false;
    const { bandRuleField } = toProgrammeRequest(form, FUNDER);
    // only MEDIUM is sent, so bandRules[0] is the MEDIUM row
    expect(bandRuleField("bandRules[0].costRate")).toBe("bandRules.MEDIUM.costRatePercent");
    expect(bandRuleField("bandRules[0].wageSubsidyPerHourMinor")).toBe("bandRules.MEDIUM.wageSubsidyPerHour");
    expect(bandRuleField("bandRules[0]")).toBe("bandRules.MEDIUM.included");
    expect(bandRuleField("bandRules")).toBe("bandRules");
    expect(bandRuleField("budgetMinor")).toBe("budget");
    expect(bandRuleField("name")).toBe("name");
  });

  it("fills the form from a programme so that it gives the same request again", () => {
    const { request } = toProgrammeRequest(filledForm(), FUNDER);
    const again = toProgrammeRequest(programmeToForm(request!), FUNDER);
    expect(again.request).toEqual(request);
  });
});

describe("the API's problem at the form's fields", () => {
  it("renames every field the API names and keeps the rest of the problem", () => {
    const problem = new ProblemError(
      400,
      {
        type: "https://skillalliance.org/problems/validation",
        detail: "bandRules[0].costRate: must be at most 1",
        errors: [
          { field: "bandRules[0].costRate", reason: "must be at most 1" },
          { field: "budgetMinor", reason: "is required" },
          { reason: "the period is too long" },
        ],
      },
      "",
    );
    const form = filledForm();
    form.bandRules.SMALL.included = false;
    const { bandRuleField } = toProgrammeRequest(form, FUNDER);
    const renamed = renameProblemFields(problem, bandRuleField);
    expect(renamed.fieldErrors).toEqual({
      "bandRules.MEDIUM.costRatePercent": "must be at most 1",
      budget: "is required",
      _: "the period is too long",
    });
    expect(renamed.status).toBe(400);
    expect(renamed.kind).toBe("validation");
  });

  it("shows numbers that cannot be read as a problem at their fields", () => {
    const problem = parseProblem({ budget: "tooManyDecimals" }, { notANumber: "is no number", tooManyDecimals: "has too many decimals" });
    expect(problem.reasonFor("budget")).toBe("has too many decimals");
  });
});

describe("the on-the-job rule (issue 20)", () => {
  it("is left out of a programme without it, as before", () => {
    const { request } = toProgrammeRequest(filledForm(), FUNDER);
    expect(request).not.toHaveProperty("schemeRules");
  });

  it("sends the rate in minor units and the cap as typed, keeping the programme's other rules", () => {
    const form = programmeToForm({ currency: "EUR", schemeRules: { trainingPlanLeadDays: 30, payments: [{ milestone: "COMPLETION", share: 1 }] } });
    Object.assign(form, { name: "OJT 2027", budget: "1000", periodStart: "2027-01-01", periodEnd: "2027-12-31" });
    form.onTheJob = { ...form.onTheJob, included: true, ratePerHour: "12.35", maxHoursPerParticipant: "80.5", requiresOffTheJob: true };
    const { request, problems } = toProgrammeRequest(form, FUNDER);
    expect(problems).toEqual({});
    expect(request?.schemeRules).toEqual({ trainingPlanLeadDays: 30, onTheJob: { ratePerHourMinor: 1235, maxHoursPerParticipant: 80.5, requiresOffTheJob: true } });
  });

  it("reads the rule back into the form, sends the rules without it when unticked, and names its fields as the form does", () => {
    const form = programmeToForm({ currency: "JPY", schemeRules: { onTheJob: { ratePerHourMinor: 1500, maxHoursPerParticipant: 40, requiresOffTheJob: false } } });
    expect(form.onTheJob).toEqual({ included: true, wasSet: true, ratePerHour: "1500", maxHoursPerParticipant: "40", requiresOffTheJob: false });
    form.onTheJob.ratePerHour = "15.5";
    expect(toProgrammeRequest(form, FUNDER).problems).toEqual({ "onTheJob.ratePerHour": "tooManyDecimals" });
    form.onTheJob.included = false;
    expect(toProgrammeRequest(form, FUNDER).request?.schemeRules).toEqual({});
    const { bandRuleField } = toProgrammeRequest(form, FUNDER);
    expect(bandRuleField("schemeRules.onTheJob.maxHoursPerParticipant")).toBe("onTheJob.maxHoursPerParticipant");
    expect(bandRuleField("schemeRules.onTheJob.ratePerHourMinor")).toBe("onTheJob.ratePerHour");
  });
});
