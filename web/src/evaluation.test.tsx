// @vitest-environment jsdom
// Evaluation beyond completion (issue 19, ../shared/DESIGN.md section 3) as people use it, against the fake gateway:
// HR records a follow-up and sees it done, sees a refusal at the rating; reports a measure and sees its benefit, a
// refused figure at its field, and read-only results after the report period; reads its return on training. The
// funder's impact report and the coordinator's overview show the evaluation, a suppressed ROI as suppressed; the
// provider sends a comment and reads the cohort's feedback, the coordinator a suppressed one. axe-core checks each.
import { cleanup, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatDate, formatMoney, formatNumber, formatPercent, formatPercentFigure, formatRatio } from "./format/format";
import { expectAccessible, renderApp } from "./test/appHarness";
import { json, page, type Handler } from "./test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("./components/EChart", () => ({ default: () => null }));

const EMPLOYER = "e3910e10-0000-4000-8000-000000000003";
const ASSOCIATION = "a550c1a7-0000-4000-8000-000000000001";
const ALLIANCE = "a111a9ce-0000-4000-8000-000000000002";
const PROVIDER = "b10f1de0-0000-4000-8000-000000000004";
const FUNDER = "f0dde100-0000-4000-8000-000000000005";
const PROGRAMME = "9a0ea000-0000-4000-8000-000000000008";
const COHORT = "c0a00000-0000-4000-8000-000000000007";
const COURSE = "c0c00000-0000-4000-8000-00000000000d";
const MEASURE = "3ea50000-0000-4000-8000-000000000001";
const staffMember = (n: number) => ({ id: `5aff0000-0000-4000-8000-00000000000${n}`, employerId: EMPLOYER, firstName: `Staff${n}`, lastName: `Person${n}`, status: "ACTIVE" });
const session = (roles: string[], organisationId: string) => ({ username: "u", name: "Hana Reed", email: null, roles, organisationId, staffId: null });
const range = (from: string, to: string) => `${formatDate(from)} – ${formatDate(to)}`;
const problem = (status: number, errors: Array<{ field: string; reason: string }>) =>
  json({ type: `https://skillalliance.org/problems/${status === 400 ? "validation" : "rule-violation"}`, status, title: "Refused", detail: `${errors.length} invalid field(s)`, errors }, status);

const hrRoutes: Record<string, Handler> = {
  "GET /bff/session": () => json(session(["member-admin"], EMPLOYER)),
  "GET /api/memberships": () => json(page([])),
  "GET /api/staff": () => json(page([staffMember(1), staffMember(2)])),
  "GET /api/enrolments": () => json(page([{ id: "en-1", cohortId: COHORT }])),
  "GET /api/cohorts/:id": () => json({ id: COHORT, courseId: COURSE, status: "COMPLETED", startDate: "2026-03-02", endDate: "2026-03-06" }),
  "GET /api/courses/:id": () => json({ id: COURSE, title: "Lean production", status: "PUBLISHED" }),
};
const start = (path: string, routes: Record<string, Handler>) => renderApp(path, { ...hrRoutes, ...routes });

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-19";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("HR's follow-ups", { timeout: 30_000 }, () => {
  const followUp = (n: number, changes: Record<string, unknown> = {}) => ({
    enrolmentId: `e0000000-0000-4000-8000-00000000000${n}`,
    cohortId: COHORT,
    courseId: COURSE,
    courseTitle: "Lean production",
    staffId: staffMember(n).id,
    cohortEndDate: "2026-03-06",
    windowOpens: "2026-05-05",
    windowCloses: "2026-09-02",
    status: "DUE",
    rating: null,
    recordedOn: null,
    ...changes,
  });

  it("lists the follow-ups with names from the staff register, records a rating and shows it done", async () => {
    let recorded: Record<string, unknown> | null = null;
    const gateway = start("/follow-ups", {
      "GET /api/follow-ups": () => json([recorded ? followUp(1, recorded) : followUp(1), followUp(2, { status: "UPCOMING", windowOpens: "2026-12-01", windowCloses: "2027-03-31" })]),
      "PUT /api/follow-ups/:id": async (request) => {
        recorded = { status: "DONE", rating: (await request.json()).rating, recordedOn: "2026-06-01" };
        return json(followUp(1, recorded));
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Follow-ups" })).toBeTruthy();
    expect(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Follow-ups" }).getAttribute("href")).toBe("/follow-ups");
    const table = await screen.findByRole("table", { name: "Follow-ups of your staff's completed seats, by the day their window closes" });
    const row = await within(table).findByRole("row", { name: new RegExp(`^Staff1 Person1 Lean production ${range("2026-05-05", "2026-09-02")} Due`) });
    expect(within(table).getByRole("row", { name: new RegExp(`^Staff2 Person2 Lean production ${range("2026-12-01", "2027-03-31")} Upcoming`) })).toBeTruthy();
    await expectAccessible();

    fireEvent.change(within(row).getByLabelText("Rating for Staff1 Person1"), { target: { value: "4" } });
    fireEvent.click(within(row).getByRole("button", { name: "Record the rating for Staff1 Person1" }));
    await waitFor(() => expect(row.textContent).toContain(`Done (4 of 5, recorded ${formatDate("2026-06-01")})`));
    expect(within(row).getByRole("status").textContent).toBe("Recorded");
    const put = gateway.requests.find((request) => request.method === "PUT");
    expect([put?.path, put?.csrf, JSON.parse(put?.body ?? "{}")]).toEqual([`/api/follow-ups/${followUp(1).enrolmentId}`, "token-19", { rating: 4 }]);
    await expectAccessible();
  });

  it("filters by status on the server and shows a refusal at the row's rating in the API's words", async () => {
    const outside = "follow-up window is 2026-12-01 to 2027-03-31";
    const gateway = start("/follow-ups?status=UPCOMING", {
      "GET /api/follow-ups": () => json([followUp(2, { status: "UPCOMING", windowOpens: "2026-12-01", windowCloses: "2027-03-31" })]),
      "PUT /api/follow-ups/:id": () => problem(422, [{ field: "enrolmentId", reason: outside }]),
    });
    const rating = (await screen.findByLabelText("Rating for Staff2 Person2")) as HTMLSelectElement;
    expect(new URLSearchParams(gateway.requests.find((request) => request.path === "/api/follow-ups")?.search).get("status")).toBe("UPCOMING");
    expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("UPCOMING");
    fireEvent.change(rating, { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Record the rating for Staff2 Person2" }));
    await waitFor(() => expect(rating.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(rating.getAttribute("aria-describedby") ?? "")?.textContent).toBe(outside);
    expect(rating.value).toBe("5");
    await expectAccessible();
  });
});

describe("HR's business results", { timeout: 30_000 }, () => {
  const measure = {
    id: MEASURE,
    name: "Defects per month",
    unit: "defects",
    valueBefore: 40,
    valueAfter: 25,
    higherIsBetter: false,
    unitValueMinor: 12000,
    attributionPercent: 50,
    confidencePercent: 80,
    benefitPerYearMinor: 72000,
  };
  const results = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
    cohortId: COHORT,
    employerId: EMPLOYER,
    currency: "EUR",
    hourlyWageCostMinor: null,
    measures: [],
    revision: 0,
    editableUntil: "2028-03-05",
    editable: true,
    ...changes,
  });

  it("adds a measure and shows its benefit per year, sets the wage cost, and keeps the change log", async () => {
    let state = results();
    const changes: unknown[] = [];
    const gateway = start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(state),
      "GET /api/cohort-results/:id/changes": () => json(page(changes)),
      "POST /api/cohort-results/:id/measures": () => {
        state = results({ measures: [measure], revision: 1 });
        changes.push({ at: "2026-06-01T09:30:00Z", by: "5b1c0000-aaaa", action: "MEASURE_ADDED", measureId: MEASURE, before: null, after: measure });
        return json(state, 201);
      },
      "PUT /api/cohort-results/:id/wage-cost": () => {
        state = { ...state, hourlyWageCostMinor: 3550, revision: 2 };
        return json(state);
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Business results" })).toBeTruthy();
    expect(await screen.findByText(`You can add and correct results until ${formatDate("2028-03-05")}. Revision 0`)).toBeTruthy();
    expect((screen.getByLabelText("Cohort") as HTMLSelectElement).value).toBe(COHORT);
    expect(await screen.findByText("No measure reported yet. Without a measure the cohort counts no benefit (its costs still count).")).toBeTruthy();
    await expectAccessible();

    const form = screen.getByRole("form", { name: "Add a measure" });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: "Defects per month" } });
    fireEvent.change(within(form).getByLabelText(/^Unit/), { target: { value: "defects" } });
    fireEvent.change(within(form).getByLabelText(/^Value before/), { target: { value: "40" } });
    fireEvent.change(within(form).getByLabelText(/^Value after/), { target: { value: "25" } });
    fireEvent.click(within(form).getByLabelText("Higher is better"));
    fireEvent.change(within(form).getByLabelText(/^Value of one unit per year \(EUR\)/), { target: { value: "120" } });
    fireEvent.change(within(form).getByLabelText(/^Attribution/), { target: { value: "50" } });
    fireEvent.change(within(form).getByLabelText(/^Confidence/), { target: { value: "80" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add measure" }));
    const measures = await screen.findByRole("table", { name: "Business measures reported for this cohort, with each one's benefit per year" });
    expect(
      within(measures).getByRole("row", { name: new RegExp(`^Defects per month defects 40 25 lower ${formatMoney(12000, "EUR").replace(/[.$]/g, "\\$&")} 50% 80% ${formatMoney(72000, "EUR").replace(/[.$]/g, "\\$&")}`) }),
    ).toBeTruthy();
    expect(await within(form).findByText("Measure added.")).toBeTruthy();
    const post = gateway.requests.find((request) => request.method === "POST");
    expect([post?.path, post?.csrf, JSON.parse(post?.body ?? "{}")]).toEqual([
      `/api/cohort-results/${COHORT}/measures`,
      "token-19",
      { name: "Defects per month", unit: "defects", valueBefore: 40, valueAfter: 25, higherIsBetter: false, unitValueMinor: 12000, currency: "EUR", attributionPercent: 50, confidencePercent: 80 },
    ]);
    const log = await screen.findByRole("table", { name: "Every change of these results, oldest first: who, when, before and after" });
    expect(within(log).getAllByRole("row")[1]?.textContent).toContain("Measure added");
    expect(within(log).getAllByRole("row")[1]?.textContent).toContain(`Defects per month: 40 → 25 defects, ${formatMoney(12000, "EUR")} per unit, attribution 50%, confidence 80%`);

    const wage = screen.getByRole("form", { name: "Hourly wage cost" });
    fireEvent.change(within(wage).getByLabelText(/^Hourly wage cost \(EUR\)/), { target: { value: "35.50" } });
    fireEvent.click(within(wage).getByRole("button", { name: "Save wage cost" }));
    expect(await within(wage).findByText("Wage cost saved.")).toBeTruthy();
    expect(JSON.parse(gateway.requests.find((request) => request.method === "PUT")?.body ?? "{}")).toEqual({ hourlyWageCostMinor: 3550, currency: "EUR" });
    await expectAccessible();
  });

  it("shows a refused figure at its field and keeps what was typed", async () => {
    start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results()),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
      "POST /api/cohort-results/:id/measures": () => problem(400, [{ field: "attributionPercent", reason: "must be between 0 and 100" }]),
    });
    const form = await screen.findByRole("form", { name: "Add a measure" });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: "Orders per day" } });
    fireEvent.change(within(form).getByLabelText(/^Attribution/), { target: { value: "140" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add measure" }));
    expect(await within(form).findByRole("alert")).toBeTruthy();
    const attribution = within(form).getByLabelText(/^Attribution/) as HTMLInputElement;
    await waitFor(() => expect(attribution.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(attribution.getAttribute("aria-describedby")?.split(" ").pop() ?? "")?.textContent).toBe("must be between 0 and 100");
    expect([attribution.value, (within(form).getByLabelText(/^Name/) as HTMLInputElement).value]).toEqual(["140", "Orders per day"]);
    await expectAccessible();
  });

  it("corrects a measure from its row: the form filled with its figures, PUT to the measure", async () => {
    const gateway = start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results({ measures: [measure], revision: 1 })),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
      "PUT /api/cohort-results/:id/measures/:measureId": () => json(results({ measures: [{ ...measure, valueAfter: 20, benefitPerYearMinor: 96000 }], revision: 2 })),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Correct Defects per month" }));
    const form = await screen.findByRole("form", { name: "Correct the measure Defects per month" });
    expect((within(form).getByLabelText(/^Value of one unit per year/) as HTMLInputElement).value).toBe("120.00");
    expect((within(form).getByLabelText("Higher is better") as HTMLInputElement).checked).toBe(false);
    fireEvent.change(within(form).getByLabelText(/^Value after/), { target: { value: "20" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save correction" }));
    const measures = screen.getByRole("table", { name: "Business measures reported for this cohort, with each one's benefit per year" });
    await waitFor(() => expect(within(measures).getAllByRole("row")[1]?.textContent).toContain(formatMoney(96000, "EUR")));
    const put = gateway.requests.find((request) => request.method === "PUT");
    expect([put?.path, JSON.parse(put?.body ?? "{}")]).toEqual([
      `/api/cohort-results/${COHORT}/measures/${MEASURE}`,
      { name: "Defects per month", unit: "defects", valueBefore: 40, valueAfter: 20, higherIsBetter: false, unitValueMinor: 12000, currency: "EUR", attributionPercent: 50, confidencePercent: 80 },
    ]);
    expect(screen.getByRole("form", { name: "Add a measure" })).toBeTruthy();
    await expectAccessible();
  });

  it("withdraws a measure after a confirmation (DELETE), and the table says none is left", async () => {
    // jsdom has no modal dialogs: here showModal and close only open and close the element
    Object.assign(HTMLDialogElement.prototype, {
      showModal(this: HTMLDialogElement) {
        this.setAttribute("open", "");
      },
      close(this: HTMLDialogElement) {
        this.removeAttribute("open");
      },
    });
    const gateway = start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results({ measures: [measure], revision: 1 })),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
      "DELETE /api/cohort-results/:id/measures/:measureId": () => json(results({ measures: [], revision: 2 })),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Withdraw Defects per month" }));
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this measure?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Withdraw measure" }));
    expect(await screen.findByText("Measure withdrawn.")).toBeTruthy();
    expect(screen.getByText("No measure reported yet. Without a measure the cohort counts no benefit (its costs still count).")).toBeTruthy();
    const deleted = gateway.requests.find((request) => request.method === "DELETE");
    expect([deleted?.path, deleted?.csrf]).toEqual([`/api/cohort-results/${COHORT}/measures/${MEASURE}`, "token-19"]);
  });

  it("is read-only once the report period closed, and says since when", async () => {
    start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results({ editable: false, editableUntil: "2026-01-31", measures: [measure], hourlyWageCostMinor: 3550, revision: 4 })),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
    });
    expect(await screen.findByText(`The programme's report period closed on ${formatDate("2026-01-31")}: these results can no longer be changed. Revision 4`)).toBeTruthy();
    await screen.findByRole("table", { name: "Business measures reported for this cohort, with each one's benefit per year" });
    expect(screen.queryByRole("form", { name: "Add a measure" })).toBeNull();
    expect(screen.queryByRole("form", { name: "Hourly wage cost" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Withdraw Defects per month" })).toBeNull();
    expect(screen.getByText(formatMoney(3550, "EUR"))).toBeTruthy();
    await expectAccessible();
  });
});

describe("HR's return on training", { timeout: 30_000 }, () => {
  it("shows each cohort's benefits, costs, ROI, ratio and transfer rate, and the totals per currency", async () => {
    const gateway = start("/return-on-training", {
      "GET /api/reports/employers/:id/roi": () =>
        json({
          employerId: EMPLOYER,
          cohorts: [
            {
              cohortId: COHORT,
              courseId: COURSE,
              courseTitle: "Lean production",
              startDate: "2026-03-02",
              endDate: "2026-03-06",
              currency: "EUR",
              reported: true,
              measures: 2,
              hourlyWageCostMinor: 3550,
              benefitsMinor: 1250000,
              trainingCostMinor: 300000,
              wageCostMinor: 142000,
              grantDisbursedMinor: 150000,
              costsMinor: 292000,
              roiPercent: 328.1,
              benefitCostRatio: 4.28,
              transferRate: 0.6667,
            },
          ],
          totals: [{ currency: "EUR", cohorts: 1, benefitsMinor: 1250000, trainingCostMinor: 300000, wageCostMinor: 142000, grantDisbursedMinor: 150000, costsMinor: 292000, roiPercent: 328.1, benefitCostRatio: 4.28 }],
        }),
    });
    const table = await screen.findByRole("table", { name: "Benefits, costs and return per cohort" });
    const eur = (minor: number) => formatMoney(minor, "EUR");
    expect(within(table).getAllByRole("row")[1]?.textContent).toBe(
      [
        `Lean production, ${range("2026-03-02", "2026-03-06")}`,
        "Yes, 2 measures",
        eur(1250000),
        eur(300000),
        eur(142000),
        eur(150000),
        eur(292000),
        formatPercentFigure(328.1),
        formatRatio(4.28),
        formatPercent(0.6667),
      ].join(""),
    );
    const totals = screen.getByRole("table", { name: "Benefits, costs and return per currency" });
    expect(within(totals).getAllByRole("row")[1]?.textContent).toBe(["EUR", "1", eur(1250000), eur(292000), formatPercentFigure(328.1), formatRatio(4.28)].join(""));
    expect(screen.getByRole("region", { name: "Benefits and costs per cohort (EUR)" }).textContent).toContain("The chart shows the benefits and costs columns of the table above.");
    expect(gateway.requests.some((request) => request.path === `/api/reports/employers/${EMPLOYER}/roi`)).toBe(true);
    await expectAccessible();
  });
});

const roi = (changes: Record<string, unknown> = {}) => ({
  minimumEmployers: 3,
  employersInScope: 3,
  employersReported: 2,
  reportedShare: 0.6667,
  employersWithoutWageCost: 1,
  suppressed: true,
  benefitsMinor: null,
  trainingCostMinor: 900000,
  wageCostMinor: 142000,
  grantDisbursedMinor: 450000,
  costsMinor: 1042000,
  roiPercent: null,
  benefitCostRatio: null,
  ...changes,
});
const evaluation = (roiChanges: Record<string, unknown> = {}) => ({
  followUpsRecorded: 3,
  followUpsRatedFourOrFive: 2,
  transferRate: 0.6667,
  roi: roi(roiChanges),
  cohorts: [{ cohortId: COHORT, courseId: COURSE, courseTitle: "Lean production", startDate: "2026-03-02", endDate: "2026-03-06", transferRate: 0.6667, roi: roi(roiChanges) }],
});
const figure = (region: HTMLElement, label: string) => within(region).getByText(label).nextElementSibling?.textContent;

describe("the evaluation in the funder's and the coordinator's reports", { timeout: 30_000 }, () => {
  it("shows a suppressed ROI as suppressed in the funder's impact report, never as 0, with its costs and the share that reported", async () => {
    renderApp(`/funder/programmes/${PROGRAMME}/impact`, {
      "GET /bff/session": () => json(session(["funder"], FUNDER)),
      "GET /api/alliances": () => json(page([])),
      "GET /api/programmes/:id": () => json({ id: PROGRAMME, name: "Digital 2027", funderId: FUNDER, status: "OPEN", currency: "EUR" }),
      "GET /api/reports/programmes/:id/impact": () => json({ programmeId: PROGRAMME, currency: "EUR", suppressionK: 3, participants: 12, breakdowns: {}, evaluation: evaluation() }),
    });
    const section = await screen.findByRole("region", { name: "Evaluation beyond completion" });
    const suppressed = "suppressed: fewer than 3 employers reported";
    expect([figure(section, "Benefits"), figure(section, "ROI"), figure(section, "Benefit-cost ratio")]).toEqual([suppressed, suppressed, suppressed]);
    expect(figure(section, "Costs")).toBe(formatMoney(1042000, "EUR"));
    expect(figure(section, "Transfer rate")).toBe(formatPercent(0.6667));
    expect(figure(section, "Employers that reported")).toBe("2 of 3");
    expect(figure(section, "Share that reported")).toBe(formatPercent(0.6667));
    const cohorts = screen.getByRole("table", { name: "Transfer rate and return on training per cohort" });
    const row = within(cohorts).getAllByRole("row")[1]!;
    expect(row.textContent).toBe(`Lean production, ${range("2026-03-02", "2026-03-06")}${formatPercent(0.6667)}2 of 3${suppressed}${formatMoney(1042000, "EUR")}${suppressed}`);
    expect(row.textContent).not.toContain(formatMoney(0, "EUR"));
    await expectAccessible();
  });

  it("shows the alliance's ROI figures in the coordinator's overview where enough employers reported", async () => {
    renderApp("/coordinator", {
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/alliances": () => json(page([{ id: ALLIANCE, name: "Metal Alliance", coordinatorId: ASSOCIATION, currency: "EUR" }])),
      "GET /api/reports/alliances/:id/overview": () =>
        json({ allianceId: ALLIANCE, seatsOffered: 12, seatsFilled: 9, evaluation: evaluation({ suppressed: false, minimumEmployers: 2, benefitsMinor: 2500000, roiPercent: 139.9, benefitCostRatio: 2.4 }) }),
    });
    const section = await screen.findByRole("region", { name: "Evaluation beyond completion" });
    expect([figure(section, "Benefits"), figure(section, "Costs"), figure(section, "ROI"), figure(section, "Benefit-cost ratio")]).toEqual([
      formatMoney(2500000, "EUR"),
      formatMoney(1042000, "EUR"),
      formatPercentFigure(139.9),
      formatRatio(2.4),
    ]);
    expect(figure(section, "Follow-ups recorded")).toBe(formatNumber(3));
    await expectAccessible();
  });
});

describe("a cohort's feedback and the outcome's comment", { timeout: 30_000 }, () => {
  const cohort = { id: COHORT, courseId: COURSE, allianceId: ALLIANCE, organiserId: ASSOCIATION, providerId: PROVIDER, status: "RUNNING", startDate: "2026-03-02", endDate: "2026-03-06", capacity: 12, seatsLeft: 2 };

  it("sends the provider's comment with the outcome and lists the cohort's comments without names", async () => {
    const gateway = renderApp(`/provider/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["provider"], PROVIDER)),
      "GET /api/cohorts/:id": () => json(cohort),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "LEAN-1", title: "Lean production", status: "PUBLISHED" }),
      "GET /api/enrolments": () => json(page([{ id: "n-1", cohortId: COHORT, staffId: "5aff0001-0000", status: "CONFIRMED" }])),
      "POST /api/enrolments/:id/outcome": () => json({ id: "n-1", status: "COMPLETED" }),
      "GET /api/cohorts/:id/feedback": () =>
        json({ cohortId: COHORT, respondents: 6, minimumRespondents: 5, meanSatisfaction: 4.17, suppressed: false, comments: ["Clear examples.", "Too fast at the end."] }),
    });
    const feedback = await screen.findByRole("region", { name: "Feedback" });
    expect(await within(feedback).findByRole("list", { name: "Comments" })).toBeTruthy();
    expect(within(feedback).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Clear examples.", "Too fast at the end."]);
    expect(figure(feedback, "Mean satisfaction (1–5)")).toBe(formatNumber(4.17));
    expect(figure(feedback, "Respondents")).toBe("6");
    const row = await screen.findByRole("row", { name: /Seat 1/ });
    fireEvent.change(within(row).getByLabelText("Satisfaction (1–5), seat 1"), { target: { value: "5" } });
    fireEvent.change(within(row).getByLabelText("Comment, seat 1"), { target: { value: " Practical and well paced. " } });
    fireEvent.click(within(row).getByRole("button", { name: "Save the outcome of seat 1" }));
    await within(row).findByText("Saved");
    expect(JSON.parse(gateway.requests.find((request) => request.method === "POST")?.body ?? "{}")).toEqual({
      providerId: PROVIDER,
      outcome: "COMPLETED",
      satisfaction: 5,
      comment: "Practical and well paced.",
    });
    await expectAccessible();
  });

  it("says the comments are suppressed below k respondents on the coordinator's cohort, with the mean still shown", async () => {
    renderApp(`/coordinator/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/alliances": () => json(page([])),
      "GET /api/cohorts/:id": () => json({ ...cohort, status: "COMPLETED" }),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "LEAN-1", title: "Lean production", status: "PUBLISHED" }),
      "GET /api/cohorts/:id/feedback": () => json({ cohortId: COHORT, respondents: 3, minimumRespondents: 5, meanSatisfaction: 3.67, suppressed: true, comments: [] }),
    });
    const feedback = await screen.findByRole("region", { name: "Feedback" });
    expect(await within(feedback).findByText("Comments suppressed below 5 respondents.")).toBeTruthy();
    expect(figure(feedback, "Mean satisfaction (1–5)")).toBe(formatNumber(3.67));
    expect(within(feedback).queryByRole("list")).toBeNull();
    await expectAccessible();
  });
});
