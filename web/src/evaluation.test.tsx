// @vitest-environment jsdom
// Evaluation beyond completion (issue 19, ../shared/DESIGN.md section 3) as people use it, against the fake gateway:
// HR records a follow-up and sees it done, sees a refusal at the rating; reports a measure and sees its benefit, a
// refused figure at its field, and read-only results after the report period; reads its return on training. The
// funder's impact report and the coordinator's overview show the evaluation, a suppressed ROI as suppressed; the
// provider sends a comment and reads the cohort's feedback, the coordinator a suppressed one. axe-core checks each.
import { cleanup, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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
const OTHER_COHORT = "c0a00000-0000-4000-8000-00000000000b";
const REPORTED_COHORT = "c0a00000-0000-4000-8000-00000000000c";
const staffMember = (n: number) => ({ id: `5aff0000-0000-4000-8000-00000000000${n}`, employerId: EMPLOYER, firstName: `Staff${n}`, lastName: `Person${n}`, status: "ACTIVE" });
const session = (roles: string[], organisationId: string) => ({ username: "u", name: "Hana Reed", email: null, roles, organisationId, staffId: null });
const problem = (status: number, errors: Array<{ field: string; reason: string }>) =>
  json({ type: `https://skillalliance.org/problems/${status === 400 ? "validation" : "rule-violation"}`, status, title: "Refused", detail: `${errors.length} invalid field(s)`, errors }, status);

const hrRoutes: Record<string, Handler> = {
  "GET /bff/session": () => json(session(["member-admin"], EMPLOYER)),
  "GET /api/memberships": () => json(page([])),
  "GET /api/staff": () => json(page([staffMember(1), staffMember(2)])),
  "GET /api/enrolments": () => json(page([{ id: "en-1", cohortId: COHORT, status: "COMPLETED" }])),
  "GET /api/cohort-results": () => json(page([])),
  "GET /api/cohorts/:id": () => json({ id: COHORT, courseId: COURSE, status: "COMPLETED", startDate: "2026-03-02", endDate: "2026-03-06" }),
  "GET /api/courses/:id": () => json({ id: COURSE, title: "Lean production", status: "PUBLISHED" }),
};
const start = (path: string, routes: Record<string, Handler>) => renderApp(path, { ...hrRoutes, ...routes });
// jsdom has no modal dialogs: here showModal and close only open and close the element
const stubModalDialogs = () =>
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute("open", "");
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute("open");
    },
  });

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
    const row = await within(table).findByRole("row", { name: /^Staff1 Person1 Lean production May 5, 2026 – Sep 2, 2026 Due/ });
    expect(within(table).getByRole("row", { name: /^Staff2 Person2 Lean production Dec 1, 2026 – Mar 31, 2027 Upcoming/ })).toBeTruthy();
    await expectAccessible();

    fireEvent.change(within(row).getByLabelText("Rating for Staff1 Person1, Lean production, May 5, 2026 – Sep 2, 2026"), { target: { value: "4" } });
    fireEvent.click(within(row).getByRole("button", { name: "Record the rating for Staff1 Person1, Lean production, May 5, 2026 – Sep 2, 2026" }));
    await waitFor(() => expect(row.textContent).toContain("Done (4 of 5, recorded Jun 1, 2026)"));
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
    const rating = (await screen.findByLabelText("Rating for Staff2 Person2, Lean production, Dec 1, 2026 – Mar 31, 2027")) as HTMLSelectElement;
    expect(new URLSearchParams(gateway.requests.find((request) => request.path === "/api/follow-ups")?.search).get("status")).toBe("UPCOMING");
    expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("UPCOMING");
    fireEvent.change(rating, { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Record the rating for Staff2 Person2, Lean production, Dec 1, 2026 – Mar 31, 2027" }));
    await waitFor(() => expect(rating.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(rating.getAttribute("aria-describedby") ?? "")?.textContent).toBe(outside);
    expect(rating.value).toBe("5");
    await expectAccessible();
  });

  it("names the controls by person, course and window, and says at the page when a recorded row leaves the filtered list", async () => {
    let recorded = false;
    start("/follow-ups?status=DUE", {
      "GET /api/staff/:id": () => json({ ...staffMember(3), status: "LEFT" }),
      "GET /api/follow-ups": () => json(recorded ? [] : [followUp(3)]),
      "PUT /api/follow-ups/:id": () => {
        recorded = true;
        return json(followUp(3, { status: "DONE", rating: 5, recordedOn: "2026-06-01" }));
      },
    });
    const who = "Staff3 Person3, Lean production, May 5, 2026 – Sep 2, 2026";
    const rating = await screen.findByLabelText(`Rating for ${who}`);
    expect(screen.getByRole("row", { name: /^Staff3 Person3 Lean production/ })).toBeTruthy();
    fireEvent.change(rating, { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: `Record the rating for ${who}` }));
    const message = `Recorded for ${who}. The follow-up is now Done and no longer in this list.`;
    await waitFor(() => expect(document.activeElement?.textContent).toBe(message));
    expect(document.activeElement?.getAttribute("role")).toBe("status");
    expect(await screen.findByText("No follow-up matches. A follow-up is due for each completed seat from 60 days after the cohort ends.")).toBeTruthy();
    await expectAccessible();
  });

  it("offers the cohorts of finished seats and of reported results, named by course and dates", async () => {
    const cohortOf: Record<string, { startDate: string; endDate: string }> = {
      [COHORT]: { startDate: "2026-03-02", endDate: "2026-03-06" },
      [OTHER_COHORT]: { startDate: "2026-09-07", endDate: "2026-09-11" },
      [REPORTED_COHORT]: { startDate: "2025-11-03", endDate: "2025-11-07" },
    };
    start("/follow-ups", {
      "GET /api/enrolments": () => json(page([{ id: "en-1", cohortId: COHORT, status: "COMPLETED" }, { id: "en-2", cohortId: OTHER_COHORT, status: "CONFIRMED" }])),
      "GET /api/cohort-results": () => json(page([{ cohortId: REPORTED_COHORT, employerId: EMPLOYER, currency: "EUR", measures: 1, revision: 1, editable: true }])),
      "GET /api/cohorts/:id": (_request, url) => {
        const id = url.pathname.split("/").pop() ?? "";
        return json({ id, courseId: COURSE, status: "COMPLETED", ...cohortOf[id] });
      },
      "GET /api/follow-ups": () => json([]),
    });
    const cohortField = await screen.findByLabelText("Cohort");
    await waitFor(() =>
      expect(within(cohortField).getAllByRole("option").map((option) => option.textContent)).toEqual([
        "All cohorts",
        "Lean production, Mar 2, 2026 – Mar 6, 2026",
        "Lean production, Nov 3, 2025 – Nov 7, 2025",
      ]),
    );
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
    expect(await screen.findByText("You can add and correct results until Mar 5, 2028. Revision 0")).toBeTruthy();
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
      within(measures).getByRole("row", { name: /^Defects per month defects 40 25 lower €120\.00 50% 80% €720\.00/ }),
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
    expect(within(log).getAllByRole("row")[1]?.textContent).toContain("Defects per month: 40 → 25 defects, better when lower, €120.00 per unit, attribution 50%, confidence 80%");

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
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Correct the measure Defects per month" })));
    expect((within(form).getByLabelText(/^Value of one unit per year/) as HTMLInputElement).value).toBe("120.00");
    expect((within(form).getByLabelText("Higher is better") as HTMLInputElement).checked).toBe(false);
    fireEvent.change(within(form).getByLabelText(/^Value after/), { target: { value: "20" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save correction" }));
    const measures = screen.getByRole("table", { name: "Business measures reported for this cohort, with each one's benefit per year" });
    await waitFor(() => expect(within(measures).getAllByRole("row")[1]?.textContent).toContain("€960.00"));
    const put = gateway.requests.find((request) => request.method === "PUT");
    expect([put?.path, JSON.parse(put?.body ?? "{}")]).toEqual([
      `/api/cohort-results/${COHORT}/measures/${MEASURE}`,
      { name: "Defects per month", unit: "defects", valueBefore: 40, valueAfter: 20, higherIsBetter: false, unitValueMinor: 12000, currency: "EUR", attributionPercent: 50, confidencePercent: 80 },
    ]);
    expect(screen.getByRole("form", { name: "Add a measure" })).toBeTruthy();
    expect(await screen.findByText("Measure corrected.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Measure corrected."));
    await expectAccessible();
  });

  it("withdraws a measure after a confirmation (DELETE), and the table says none is left", async () => {
    stubModalDialogs();
    const gateway = start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results({ measures: [measure], revision: 1 })),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
      "DELETE /api/cohort-results/:id/measures/:measureId": () => json(results({ measures: [], revision: 2 })),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Withdraw Defects per month" }));
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this measure?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Withdraw measure" }));
    expect(await screen.findByText("Measure withdrawn.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Measure withdrawn."));
    expect(screen.getByText("No measure reported yet. Without a measure the cohort counts no benefit (its costs still count).")).toBeTruthy();
    const deleted = gateway.requests.find((request) => request.method === "DELETE");
    expect([deleted?.path, deleted?.csrf]).toEqual([`/api/cohort-results/${COHORT}/measures/${MEASURE}`, "token-19"]);
  });

  it("shows a refused withdrawal inside the dialog", async () => {
    stubModalDialogs();
    start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results({ measures: [measure], revision: 1 })),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
      "DELETE /api/cohort-results/:id/measures/:measureId": () =>
        json({ type: "https://skillalliance.org/problems/conflict", status: 409, title: "Conflict", detail: "the results changed meanwhile: read them again" }, 409),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Withdraw Defects per month" }));
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this measure?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Withdraw measure" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain("the results changed meanwhile: read them again");
  });

  it("reads the results again when the report period closed meanwhile, and says why at the page, not at the fields", async () => {
    let state = results({ measures: [measure], revision: 1 });
    const reason = "the report period of this cohort's programme closed on 2026-01-31";
    const gateway = start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(state),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
      "PUT /api/cohort-results/:id/wage-cost": () => {
        state = results({ measures: [measure], revision: 1, editable: false, editableUntil: "2026-01-31" });
        return problem(422, [{ field: "cohortId", reason }]);
      },
    });
    const wage = await screen.findByRole("form", { name: "Hourly wage cost" });
    fireEvent.change(within(wage).getByLabelText(/^Hourly wage cost \(EUR\)/), { target: { value: "35.50" } });
    fireEvent.click(within(wage).getByRole("button", { name: "Save wage cost" }));
    expect(await screen.findByText("The programme's report period closed on Jan 31, 2026: these results can no longer be changed. Revision 1")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe(`The results were not changed: ${reason}`);
    expect(screen.queryByText("The form could not be sent. Correct the fields named below and send it again.")).toBeNull();
    expect(screen.queryByRole("form", { name: "Hourly wage cost" })).toBeNull();
    expect(gateway.requests.filter((request) => request.method === "GET" && request.path === `/api/cohort-results/${COHORT}`)).toHaveLength(2);
    await expectAccessible();
  });

  it("shows a measure's values with up to 4 decimals", async () => {
    start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results({ measures: [{ ...measure, valueBefore: 1.23456, valueAfter: 0.5 }], revision: 1, editable: false })),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
    });
    const measures = await screen.findByRole("table", { name: "Business measures reported for this cohort, with each one's benefit per year" });
    expect(within(measures).getByRole("row", { name: /^Defects per month defects 1\.2346 0\.5 lower/ })).toBeTruthy();
  });

  it("is read-only once the report period closed, and says since when", async () => {
    start(`/results?cohort=${COHORT}`, {
      "GET /api/cohort-results/:id": () => json(results({ editable: false, editableUntil: "2026-01-31", measures: [measure], hourlyWageCostMinor: 3550, revision: 4 })),
      "GET /api/cohort-results/:id/changes": () => json(page([])),
    });
    expect(await screen.findByText("The programme's report period closed on Jan 31, 2026: these results can no longer be changed. Revision 4")).toBeTruthy();
    await screen.findByRole("table", { name: "Business measures reported for this cohort, with each one's benefit per year" });
    expect(screen.queryByRole("form", { name: "Add a measure" })).toBeNull();
    expect(screen.queryByRole("form", { name: "Hourly wage cost" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Withdraw Defects per month" })).toBeNull();
    expect(screen.getByText("€35.50")).toBeTruthy();
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
    expect(within(table).getAllByRole("row")[1]?.textContent).toBe(
      ["Lean production, Mar 2, 2026 – Mar 6, 2026", "Yes, 2 measures", "€12,500.00", "€3,000.00", "€1,420.00", "€1,500.00", "€2,920.00", "328.1%", "4.28", "66.67%"].join(""),
    );
    const totals = screen.getByRole("table", { name: "Benefits, costs and return per currency" });
    expect(within(totals).getAllByRole("row")[1]?.textContent).toBe(["EUR", "1", "€12,500.00", "€2,920.00", "328.1%", "4.28"].join(""));
    expect(screen.getByRole("region", { name: "Benefits and costs per cohort (EUR)" }).textContent).toContain("The chart shows the benefits and costs columns of the table above.");
    expect(gateway.requests.some((request) => request.path === `/api/reports/employers/${EMPLOYER}/roi`)).toBe(true);
    await expectAccessible();
  });

  it("says a wage cost not set, with a link to set it, never 0", async () => {
    start("/return-on-training", {
      "GET /api/reports/employers/:id/roi": () =>
        json({
          employerId: EMPLOYER,
          cohorts: [
            { cohortId: COHORT, courseTitle: "Lean production", startDate: "2026-03-02", endDate: "2026-03-06", currency: "EUR", reported: false, measures: 0, hourlyWageCostMinor: null, benefitsMinor: 0, trainingCostMinor: 300000, wageCostMinor: 0, grantDisbursedMinor: 0, costsMinor: 300000, roiPercent: -100, benefitCostRatio: 0, transferRate: null },
          ],
          totals: [{ currency: "EUR", cohorts: 1, benefitsMinor: 0, costsMinor: 300000, roiPercent: -100, benefitCostRatio: 0 }],
        }),
    });
    const table = await screen.findByRole("table", { name: "Benefits, costs and return per cohort" });
    const cells = within(table).getAllByRole("cell").map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual(["No measures", "€0.00", "€3,000.00", "not set"]);
    expect(within(table).getByRole("link", { name: "not set" }).getAttribute("href")).toBe(`/results?cohort=${COHORT}`);
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
  allGrantsDisbursedMinor: 450000,
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
    expect(figure(section, "Costs")).toBe("€10,420.00");
    expect(figure(section, "Grant paid out (included in the training cost)")).toBe("€4,500.00");
    expect(figure(section, "Transfer rate")).toBe("66.67%");
    expect(figure(section, "Employers that reported")).toBe("2 of 3");
    expect(figure(section, "Share that reported")).toBe("66.67%");
    const cohorts = screen.getByRole("table", { name: "Transfer rate and return on training per cohort" });
    const row = within(cohorts).getAllByRole("row")[1]!;
    expect(row.textContent).toBe(`Lean production, Mar 2, 2026 – Mar 6, 2026${"66.67%"}2 of 3${suppressed}€10,420.00${suppressed}`);
    expect(row.textContent).not.toContain("€0.00");
    await expectAccessible();
  });

  it("says the transfer rate is suppressed where fewer than k follow-ups were rated", async () => {
    const suppressedRate = { transferRate: null, transferRateSuppressed: true };
    renderApp(`/funder/programmes/${PROGRAMME}/impact`, {
      "GET /bff/session": () => json(session(["funder"], FUNDER)),
      "GET /api/alliances": () => json(page([])),
      "GET /api/programmes/:id": () => json({ id: PROGRAMME, name: "Digital 2027", funderId: FUNDER, status: "OPEN", currency: "EUR" }),
      "GET /api/reports/programmes/:id/impact": () => {
        const base = evaluation();
        return json({ programmeId: PROGRAMME, currency: "EUR", suppressionK: 3, participants: 12, breakdowns: {}, evaluation: { ...base, ...suppressedRate, cohorts: base.cohorts.map((cohort) => ({ ...cohort, ...suppressedRate })) } });
      },
    });
    const section = await screen.findByRole("region", { name: "Evaluation beyond completion" });
    expect(figure(section, "Transfer rate")).toBe("suppressed: fewer than k rated");
    const cohorts = screen.getByRole("table", { name: "Transfer rate and return on training per cohort" });
    expect(within(cohorts).getAllByRole("cell")[0]?.textContent).toBe("suppressed: fewer than k rated");
  });

  it("shows the alliance's ROI figures in the coordinator's overview where enough employers reported", async () => {
    renderApp("/coordinator", {
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/alliances": () => json(page([{ id: ALLIANCE, name: "Metal Alliance", coordinatorId: ASSOCIATION, currency: "EUR" }])),
      "GET /api/reports/alliances/:id/overview": () =>
        json({ allianceId: ALLIANCE, seatsOffered: 12, seatsFilled: 9, evaluation: evaluation({ suppressed: false, minimumEmployers: 2, benefitsMinor: 2500000, roiPercent: 139.9, benefitCostRatio: 2.4 }) }),
    });
    const section = await screen.findByRole("region", { name: "Evaluation beyond completion" });
    expect([figure(section, "Benefits"), figure(section, "Costs"), figure(section, "ROI"), figure(section, "Benefit-cost ratio")]).toEqual(["€25,000.00", "€10,420.00", "139.9%", "2.40"]);
    expect(figure(section, "Follow-ups recorded")).toBe("3");
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
    expect(figure(feedback, "Mean satisfaction (1–5)")).toBe("4.17");
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
    expect(figure(feedback, "Mean satisfaction (1–5)")).toBe("3.67");
    expect(within(feedback).queryByRole("list")).toBeNull();
    await expectAccessible();
  });

  it("says why the comments are suppressed while the cohort has not completed", async () => {
    renderApp(`/coordinator/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/alliances": () => json(page([])),
      "GET /api/cohorts/:id": () => json(cohort),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "LEAN-1", title: "Lean production", status: "PUBLISHED" }),
      "GET /api/cohorts/:id/feedback": () =>
        json({ cohortId: COHORT, respondents: 6, minimumRespondents: 5, meanSatisfaction: 4.5, suppressed: true, suppressedBecause: "COHORT_NOT_COMPLETED", comments: [] }),
    });
    const feedback = await screen.findByRole("region", { name: "Feedback" });
    expect(await within(feedback).findByText("Comments are shown once the cohort has completed.")).toBeTruthy();
  });

  it("keeps the recorded comment when none is typed, clears it only when asked, and reads the feedback again after saving", async () => {
    const sent: Array<Record<string, unknown>> = [];
    const gateway = renderApp(`/provider/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["provider"], PROVIDER)),
      "GET /api/cohorts/:id": () => json(cohort),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "LEAN-1", title: "Lean production", status: "PUBLISHED" }),
      "GET /api/enrolments": () => json(page([{ id: "n-1", cohortId: COHORT, staffId: "5aff0001-0000", status: "CONFIRMED" }])),
      "POST /api/enrolments/:id/outcome": async (request) => {
        sent.push(await request.json());
        return json({ id: "n-1", cohortId: COHORT, status: "COMPLETED" });
      },
      "GET /api/rosters/:id": () => json([]),
      "GET /api/cohorts/:id/feedback": () => json({ cohortId: COHORT, respondents: 5 + sent.length, minimumRespondents: 5, meanSatisfaction: 4, suppressed: false, comments: [] }),
    });
    const feedback = await screen.findByRole("region", { name: "Feedback" });
    await waitFor(() => expect(figure(feedback, "Respondents")).toBe("5"));
    const row = await screen.findByRole("row", { name: /Seat 1/ });
    fireEvent.click(within(row).getByRole("button", { name: "Save the outcome of seat 1" }));
    await waitFor(() => expect(figure(feedback, "Respondents")).toBe("6"));
    fireEvent.click(within(row).getByLabelText("Clear the comment, seat 1"));
    fireEvent.click(within(row).getByRole("button", { name: "Save the outcome of seat 1" }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0]).not.toHaveProperty("comment");
    expect(sent[1]).toEqual({ providerId: PROVIDER, outcome: "COMPLETED", comment: "" });
    expect(screen.getByText(/Saving a row with the comment left empty keeps the comment already recorded; tick "Clear the comment" to remove it\./)).toBeTruthy();
    await waitFor(() => expect(figure(feedback, "Respondents")).toBe("7"));
    expect(gateway.unrouted).toEqual([]);
    await expectAccessible();
  });
});
