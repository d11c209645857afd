// @vitest-environment jsdom
// Programmes' scheme rules (docs/funding.md, issue 26) where people work with them, against the fake gateway: the
// funder's programmes show their rules and a draft is made from a scheme template; claims as HR and the funder see them: the claim window and "Submit claim" (a refusal in the API's words), the seats not counted, payments by
// milestone and what holds the next one back, reports submitted, accepted and rejected (each POST's path and body),
// the pay button naming and sending the next milestone; the impact report's payouts by milestone. axe-core checks each.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, createQueryClient } from "./App";
import { formatDate, formatMoney } from "./format/format";
import { fakeGateway, json, page, type Handler } from "./test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("./components/EChart", () => ({ default: () => null }));

const EMPLOYER = "e3910e10-0000-4000-8000-000000000003";
const FUNDER = "f0dde100-0000-4000-8000-000000000005";
const COHORT = "c0a00000-0000-4000-8000-000000000007";
const PROGRAMME = "9a0ea000-0000-4000-8000-000000000008";
const STAFF = "5aff0000-0000-4000-8000-000000000009";
const CLAIM = "c1a10000-0000-4000-8000-00000000000a";

const session = (roles: string[], organisationId: string) => ({ username: "p", name: "Pat Person", email: null, roles, organisationId, staffId: null });
const schemeRules = {
  claimWindowDays: 30,
  milestones: [
    { milestone: "START", share: 0.4 },
    { milestone: "COMPLETION", share: 0.3 },
    { milestone: "OUTCOME", share: 0.3 },
  ],
  requirements: [{ key: "outcome-report", kind: "OUTCOME_REPORT", beforeMilestone: "OUTCOME" }],
};
const programme = { id: PROGRAMME, name: "Bootcamps 2027", funderId: FUNDER, status: "OPEN", currency: "EUR", schemeRules };
const blocker = "requirement 'outcome-report' (OUTCOME_REPORT, due before the OUTCOME payment) is not accepted: not submitted yet";
const refusal = (field: string, reason: string, status = 422) =>
  json({ type: "https://skillalliance.org/problems/validation", status, title: status === 400 ? "Bad Request" : "Unprocessable Entity", detail: "1 invalid field(s)", errors: [{ field, reason }] }, status);
const report = (state: string, extra: Record<string, unknown> = {}) => ({ requirementKey: "outcome-report", kind: "OUTCOME_REPORT", beforeMilestone: "OUTCOME", due: "before the OUTCOME payment", state, ...extra });
const claimBase = { id: CLAIM, programmeId: PROGRAMME, employerId: EMPLOYER, cohortId: COHORT, claimedMinor: 355250, currency: "EUR", seats: [{}, {}] };
// approved, its START payment made: 355250 at 0.4 / 0.3 / 0.3 (docs/funding.md)
const approved = {
  ...claimBase,
  status: "APPROVED",
  approvedMinor: 355250,
  payments: [
    { milestone: "START", amountMinor: 142100, status: "PAID", paidOn: "2027-03-20" },
    { milestone: "COMPLETION", amountMinor: 106575, status: "DUE" },
    { milestone: "OUTCOME", amountMinor: 106575, status: "DUE" },
  ],
  blockedBy: [],
};

function start(path: string, routes: Record<string, Handler>) {
  const gateway = fakeGateway({
    "GET /api/programmes/:id": () => json(programme),
    "GET /api/organisations/:id": () => json({ id: EMPLOYER, legalName: "Acme Tools" }),
    "GET /api/cohorts/:id": () => json({ id: COHORT, startDate: "2027-03-01", endDate: "2027-03-05" }),
    ...routes,
  });
  vi.stubGlobal("fetch", gateway.fetch);
  window.history.pushState({}, "", path);
  render(<App queryClient={createQueryClient()} />);
  return gateway;
}

const posts = (gateway: ReturnType<typeof fakeGateway>) =>
  gateway.requests.filter((request) => request.method === "POST").map((request) => [request.path, request.csrf, JSON.parse(request.body)]);

async function expectAccessible() {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
}

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-26";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("HR's claims under scheme rules", { timeout: 30_000 }, () => {
  const hrRoutes: Record<string, Handler> = {
    "GET /bff/session": () => json(session(["member-admin"], EMPLOYER)),
    "GET /api/memberships": () => json(page([])),
    "GET /api/awards": () => json(page([])),
    "GET /api/staff/:id": () => json({ id: STAFF, employerId: EMPLOYER, firstName: "Ben", lastName: "Brook" }),
  };

  it("shows a draft's window and the seats not counted, shows a refused submission in the API's words, then submits", async () => {
    let refuse = true;
    const draft = {
      ...claimBase,
      status: "DRAFT",
      claimWindow: { opensOn: "2027-03-05", closesOn: "2027-04-04" },
      excludedSeats: [{ enrolmentId: "en-2", staffId: STAFF, reason: "attended 9 h, fewer than the 10 h the programme requires" }],
      blockedBy: [blocker],
      payments: [],
    };
    const gateway = start("/claims", {
      ...hrRoutes,
      "GET /api/claims": () => json(page([draft])),
      "GET /api/claims/:id/reports": () => json({ claimId: CLAIM, reports: [report("DUE")] }),
      "POST /api/claims/:id/submit": () => (refuse ? refusal("claimId", "the claim window opens on 2027-03-05, when the cohort ends") : json({ ...draft, status: "SUBMITTED" })),
    });
    expect(await screen.findByText(`Claim window: ${formatDate("2027-03-05")} to ${formatDate("2027-04-04")}`)).toBeTruthy();
    const excluded = screen.getByRole("table", { name: "Seats not counted" });
    expect(await within(excluded).findByRole("row", { name: /Ben Brook attended 9 h, fewer than the 10 h the programme requires/ })).toBeTruthy();
    expect(screen.getByText(blocker)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Submit claim" }));
    expect((await screen.findByRole("alert")).textContent).toContain("claimId: the claim window opens on 2027-03-05, when the cohort ends");
    refuse = false;
    fireEvent.click(screen.getByRole("button", { name: "Submit claim" }));
    await waitFor(() => expect(posts(gateway)).toHaveLength(2));
    expect(posts(gateway)[1]).toEqual([`/api/claims/${CLAIM}/submit`, "token-26", { employerId: EMPLOYER }]);
    await expectAccessible();
  });

  it("shows the payments by milestone and submits the report a requirement asks for", async () => {
    const gateway = start("/claims", {
      ...hrRoutes,
      "GET /api/claims": () => json(page([approved])),
      "GET /api/claims/:id/reports": () => json({ claimId: CLAIM, reports: [report("REJECTED", { summary: "12 of 14 in work", note: "the attendance list is missing" })] }),
      "POST /api/claims/:id/reports": () => json(report("SUBMITTED")),
    });
    const payments = await screen.findByRole("table", { name: "Payments" });
    expect(within(payments).getByRole("row", { name: `start ${formatMoney(142100, "EUR")} Paid ${formatDate("2027-03-20")}` })).toBeTruthy();
    expect(within(payments).getByRole("row", { name: `outcome ${formatMoney(106575, "EUR")} Due —` })).toBeTruthy();
    const reports = await screen.findByRole("table", { name: "Reports" });
    const row = within(reports).getByRole("row", { name: /outcome-report/ });
    expect(row.textContent).toContain("before the outcome payment");
    expect(row.textContent).toContain("the attendance list is missing");
    const form = within(row).getByRole("form", { name: "Report outcome-report" });
    fireEvent.change(within(form).getByLabelText("Report summary"), { target: { value: "12 of 14 in work; attendance list attached" } });
    fireEvent.click(within(form).getByRole("button", { name: "Submit report" }));
    await waitFor(() => expect(posts(gateway)).toHaveLength(1));
    expect(posts(gateway)[0]).toEqual([
      `/api/claims/${CLAIM}/reports`,
      "token-26",
      { employerId: EMPLOYER, requirementKey: "outcome-report", summary: "12 of 14 in work; attendance list attached" },
    ]);
    await expectAccessible();
  });
});

describe("the funder's claims under scheme rules", { timeout: 30_000 }, () => {
  const funderRoutes: Record<string, Handler> = {
    "GET /bff/session": () => json(session(["funder"], FUNDER)),
    "GET /api/alliances": () => json(page([])),
    "GET /api/programmes": () => json(page([programme])),
  };

  it("names the next milestone on the pay button, sends it, and shows a refused payment's reasons", async () => {
    const gateway = start("/funder/claims", {
      ...funderRoutes,
      "GET /api/claims": () => json(page([approved])),
      "GET /api/claims/:id/reports": () => json({ claimId: CLAIM, reports: [report("DUE")] }),
      "POST /api/claims/:id/pay": () => refusal("claimId", blocker),
    });
    const pay = await screen.findByRole("button", { name: "Pay the completion payment" });
    await waitFor(() => expect(pay.hasAttribute("disabled")).toBe(false));
    fireEvent.click(pay);
    expect((await screen.findByRole("alert")).textContent).toContain(`claimId: ${blocker}`);
    expect(posts(gateway)).toEqual([[`/api/claims/${CLAIM}/pay`, "token-26", { funderId: FUNDER, milestone: "COMPLETION" }]]);
    expect(within(screen.getByRole("table", { name: "Payments" })).getAllByRole("row")).toHaveLength(4);
    await expectAccessible();
  });

  it("shows what blocks the next payment and accepts or rejects a submitted report", async () => {
    const blocked = { ...approved, blockedBy: [blocker] };
    const gateway = start("/funder/claims?status=APPROVED", {
      ...funderRoutes,
      "GET /api/claims": () => json(page([blocked])),
      "GET /api/claims/:id/reports": () => json({ claimId: CLAIM, reports: [report("SUBMITTED", { summary: "12 of 14 in work" })] }),
      "POST /api/claims/:id/reports/:key/reject": () => json(report("REJECTED")),
      "POST /api/claims/:id/reports/:key/accept": () => json(report("ACCEPTED")),
    });
    expect(await screen.findByText(blocker)).toBeTruthy();
    const form = await screen.findByRole("form", { name: "Decision on the report outcome-report" });
    await waitFor(() => expect(within(form).getByRole("button", { name: "Reject report" }).hasAttribute("disabled")).toBe(false));
    fireEvent.change(within(form).getByLabelText(/Note to the employer/), { target: { value: "the attendance list is missing" } });
    fireEvent.click(within(form).getByRole("button", { name: "Reject report" }));
    await waitFor(() => expect(posts(gateway)).toHaveLength(1));
    fireEvent.click(within(await screen.findByRole("form", { name: "Decision on the report outcome-report" })).getByRole("button", { name: "Accept report" }));
    await waitFor(() => expect(posts(gateway)).toHaveLength(2));
    expect(posts(gateway)).toEqual([
      [`/api/claims/${CLAIM}/reports/outcome-report/reject`, "token-26", { funderId: FUNDER, note: "the attendance list is missing" }],
      [`/api/claims/${CLAIM}/reports/outcome-report/accept`, "token-26", { funderId: FUNDER }],
    ]);
    await expectAccessible();
  });

  it("shows the impact report's payouts by milestone in its money section", async () => {
    start(`/funder/programmes/${PROGRAMME}/impact`, {
      ...funderRoutes,
      "GET /api/reports/programmes/:id/impact": () =>
        json({ programmeId: PROGRAMME, currency: "EUR", suppressionK: 5, participants: 7, grantDisbursedMinor: 248675, disbursedByMilestone: { START: 142100, COMPLETION: 106575, OUTCOME: 0 }, breakdowns: {} }),
    });
    const money = await screen.findByRole("region", { name: "Money" });
    const figures = within(money).getAllByRole("term").map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(figures.slice(2, 6)).toEqual([
      ["Grant paid out", formatMoney(248675, "EUR")],
      ["Paid out at start", formatMoney(142100, "EUR")],
      ["Paid out at completion", formatMoney(106575, "EUR")],
      ["Paid out at outcome", formatMoney(0, "EUR")],
    ]);
    await expectAccessible();
  });

  it("shows a programme's scheme rules under its row", async () => {
    start("/funder", funderRoutes);
    const rules = await screen.findByText("Scheme rules of Bootcamps 2027");
    const cell = rules.closest("td")!;
    const figures = within(cell).getAllByRole("term").map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(figures).toEqual([
      ["Claim submitted within", "30 days after the cohort ends"],
      ["Paid in", "40% at start, 30% at completion, 30% at outcome"],
      ["Reports required", "outcome-report (Outcome report, before the outcome payment)"],
    ]);
    await expectAccessible();
  });

  it("drafts a programme from a template: its rules and sources shown, the budget sent in the template's minor units, a refusal at its field", async () => {
    let refuse = true;
    const template = {
      key: "jp-hrd-support-subsidy-sme",
      name: "Human Resources Development Support Subsidy (SME)",
      country: "JP",
      description: "Japan's subsidy for off-the-job training.",
      notes: ["31 days stand for one month, so a plan is never later than the scheme allows."],
      sources: [{ title: "joseikin-insight.com", url: "https://joseikin-insight.com/", readOn: "2026-12-07" }],
      programme: { currency: "JPY", bandRules: [], schemeRules: { trainingPlanLeadDays: 31, minimumAttendedHours: 10 } },
    };
    const gateway = start("/funder", {
      ...funderRoutes,
      "GET /api/programme-templates": () => json([{ key: template.key, name: template.name, country: "JP", sources: template.sources }]),
      "GET /api/programme-templates/:key": () => json(template),
      "POST /api/programmes/from-template": () =>
        refuse ? refusal("periodEnd", "must be after periodStart", 400) : json({ ...programme, id: "9a0ea000-0000-4000-8000-0000000000ff", name: "Kyoto 2027", status: "DRAFT" }, 201),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Draft from a template" }));
    const form = await screen.findByRole("form", { name: "Draft a programme from a scheme template" });
    fireEvent.change(await within(form).findByLabelText(/^Scheme template/), { target: { value: template.key } });
    expect(await within(form).findByText("Amounts in JPY; the template's rules are shown below.")).toBeTruthy();
    const figures = within(form).getAllByRole("term").map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(figures).toEqual([
      ["Training plan filed", "31 days before the cohort starts"],
      ["Attended hours at least", "10"],
    ]);
    expect(within(form).getByRole("link", { name: `joseikin-insight.com (read ${formatDate("2026-12-07")})` }).getAttribute("href")).toBe("https://joseikin-insight.com/");
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: "Kyoto 2027" } });
    fireEvent.change(within(form).getByLabelText(/^Budget \(JPY\)/), { target: { value: "5000000" } });
    fireEvent.change(within(form).getByLabelText(/^Period starts/), { target: { value: "2027-04-01" } });
    const periodEnd = within(form).getByLabelText(/^Period ends/);
    fireEvent.change(periodEnd, { target: { value: "2027-03-31" } });
    fireEvent.click(within(form).getByRole("button", { name: "Draft from template" }));
    await within(form).findByText("must be after periodStart");
    expect(periodEnd.getAttribute("aria-invalid")).toBe("true");
    expect(posts(gateway)).toEqual([
      [
        "/api/programmes/from-template",
        "token-26",
        { templateKey: template.key, funderId: FUNDER, name: "Kyoto 2027", budgetMinor: 5000000, currency: "JPY", periodStart: "2027-04-01", periodEnd: "2027-03-31" },
      ],
    ]);
    refuse = false;
    fireEvent.change(periodEnd, { target: { value: "2028-03-31" } });
    fireEvent.click(within(form).getByRole("button", { name: "Draft from template" }));
    expect(await screen.findByRole("status")).toBeTruthy();
    expect(screen.getByText("Programme “Kyoto 2027” drafted from the template. Revise it or open it to take applications.")).toBeTruthy();
    await expectAccessible();
  });
});
