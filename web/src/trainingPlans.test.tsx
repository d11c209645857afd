// @vitest-environment jsdom
// HR and training plans under a programme's scheme rules (docs/funding.md "Training plans and seat rules" and "The
// subsidy quote", issue 26), against the fake gateway: a cohort's quote shows the scheme's dates, attendance and
// payments, and nothing more for a programme without rules; the training plans page lists the organisation's plans,
// files one (path, CSRF header, body) and shows a refusal at its field in the API's words. axe-core checks each.
import { cleanup, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatDate, formatMoney, formatPercent } from "./format/format";
import { expectAccessible, renderApp } from "./test/appHarness";
import { json, page, type Handler } from "./test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("./components/EChart", () => ({ default: () => null }));

const EMPLOYER = "e3910e10-0000-4000-8000-000000000003";
const COHORT = "c0a00000-0000-4000-8000-000000000007";
const OTHER_COHORT = "c0a00000-0000-4000-8000-00000000000b";
const PROGRAMME = "9a0ea000-0000-4000-8000-000000000008";
const PLAIN_PROGRAMME = "9a0ea000-0000-4000-8000-00000000000c";
const COURSE = "c0c00000-0000-4000-8000-00000000000d";
const staffMember = (n: number) => ({ id: `5aff0000-0000-4000-8000-00000000000${n}`, employerId: EMPLOYER, firstName: `Staff${n}`, lastName: `Person${n}`, status: "ACTIVE" });
const programme = { id: PROGRAMME, name: "Bootcamps 2027", status: "OPEN", currency: "EUR", schemeRules: { trainingPlanLeadDays: 30, minimumAttendedHours: 10 } };
const plainProgramme = { id: PLAIN_PROGRAMME, name: "Regional skills fund", status: "OPEN", currency: "EUR", schemeRules: {} };
const cohorts: Record<string, { startDate: string; endDate: string }> = {
  [COHORT]: { startDate: "2027-03-01", endDate: "2027-03-05" },
  [OTHER_COHORT]: { startDate: "2027-05-03", endDate: "2027-05-07" },
};
const range = (from: string, to: string) => `${formatDate(from)} – ${formatDate(to)}`;
const plan = { id: "91a00000-0000-4000-8000-000000000001", programmeId: PROGRAMME, employerId: EMPLOYER, cohortId: COHORT, participantIds: [staffMember(1).id, staffMember(2).id], plannedHours: 24.5, costMinor: 420000, currency: "EUR", dueOn: "2027-01-30", filedOn: "2027-01-12" };

const hrRoutes: Record<string, Handler> = {
  "GET /bff/session": () => json({ username: "hr", name: "Hana Reed", email: null, roles: ["member-admin"], organisationId: EMPLOYER, staffId: null }),
  "GET /api/memberships": () => json(page([])),
  "GET /api/programmes/:id": (_request, url) => json(url.pathname.endsWith(PROGRAMME) ? programme : plainProgramme),
  "GET /api/cohorts/:id": (_request, url) => {
    const id = url.pathname.split("/").pop() ?? "";
    return json({ id, courseId: COURSE, status: "OPEN", capacity: 12, seatsLeft: 4, waitlistLength: 0, ...cohorts[id] });
  },
  "GET /api/courses/:id": () => json({ id: COURSE, title: "Hydraulic schematics", status: "PUBLISHED" }),
  "GET /api/staff": () => json(page([staffMember(1), staffMember(2), staffMember(3)])),
};

const start = (path: string, routes: Record<string, Handler>) => renderApp(path, { ...hrRoutes, ...routes });

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-26";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the cohort's quote under scheme rules", { timeout: 30_000 }, () => {
  const curriculumQuote = () => json({ cohortId: COHORT, currency: "EUR", priceMinor: 60000, seatShareMinor: 60000, grantOffset: { known: true, expectedOffsetMinor: 30000 }, netMinor: 30000 });
  const fundingQuote = { cohortId: COHORT, employerId: EMPLOYER, currency: "EUR", expectedOffsetMinor: 30000, programmeId: PROGRAMME };

  it("shows the plan's due date and that none is filed, the attendance, the claim deadline and the payments by milestone", async () => {
    const gateway = start(`/cohorts/${COHORT}`, {
      "GET /api/cohorts/:id/quote": curriculumQuote,
      "GET /api/quotes": () =>
        json({
          ...fundingQuote,
          planDueOn: "2099-01-30",
          planFiled: false,
          minimumAttendedHours: 10,
          attendanceThreshold: 0.8,
          claimDeadline: "2027-04-04",
          payments: [
            { milestone: "START", share: 0.4 },
            { milestone: "COMPLETION", share: 0.3 },
            { milestone: "OUTCOME", share: 0.3 },
          ],
        }),
      "GET /api/enrolments": () => json(page([])),
    });
    const quote = await screen.findByRole("region", { name: "Your quote per seat" });
    const due = await within(quote).findByText("Training plan due by");
    expect(due.nextElementSibling?.textContent).toBe(`${formatDate("2099-01-30")}, not filed yet File a training plan`);
    expect(within(quote).getByRole("link", { name: "File a training plan" }).getAttribute("href")).toBe("/training-plans");
    expect(within(quote).getByText("Attended hours at least").nextElementSibling?.textContent).toBe("10");
    expect(within(quote).getByText("Attendance at least").nextElementSibling?.textContent).toBe(formatPercent(0.8));
    expect(within(quote).getByText("Claim submitted by").nextElementSibling?.textContent).toBe(formatDate("2027-04-04"));
    expect(within(quote).getByText("Paid in").nextElementSibling?.textContent).toBe(`${formatPercent(0.4)} at start, ${formatPercent(0.3)} at completion, ${formatPercent(0.3)} at outcome`);
    const asked = gateway.requests.find((request) => request.path === "/api/quotes");
    expect(new URLSearchParams(asked?.search).get("cohortId")).toBe(COHORT);
    expect(new URLSearchParams(asked?.search).get("employerId")).toBe(EMPLOYER);
    await expectAccessible();
  });

  it("says a filed plan is filed, and shows nothing more for a programme without rules", async () => {
    start(`/cohorts/${COHORT}`, {
      "GET /api/cohorts/:id/quote": curriculumQuote,
      "GET /api/quotes": () => json({ ...fundingQuote, planDueOn: "2027-01-30", planFiled: true, payments: [{ milestone: "COMPLETION", share: 1 }] }),
      "GET /api/enrolments": () => json(page([])),
    });
    const quote = await screen.findByRole("region", { name: "Your quote per seat" });
    expect((await within(quote).findByText("Training plan due by")).nextElementSibling?.textContent).toBe(`${formatDate("2027-01-30")}, filed`);
    // all paid at completion is how every claim was paid before scheme rules: not restated
    expect(within(quote).queryByText("Paid in")).toBeNull();
    cleanup();

    const gateway = start(`/cohorts/${COHORT}`, {
      "GET /api/cohorts/:id/quote": curriculumQuote,
      "GET /api/quotes": () => json({ ...fundingQuote, planFiled: false, payments: [{ milestone: "COMPLETION", share: 1 }] }),
      "GET /api/enrolments": () => json(page([])),
    });
    const plainQuote = await screen.findByRole("region", { name: "Your quote per seat" });
    await waitFor(() => expect(gateway.requests.some((request) => request.path === "/api/quotes")).toBe(true));
    await within(plainQuote).findAllByText(formatMoney(30000, "EUR"));
    expect(within(plainQuote).queryByText("The grant programme's rules for this seat:")).toBeNull();
    expect(within(plainQuote).queryByText("Training plan due by")).toBeNull();
    expect(within(plainQuote).getAllByRole("term").map((term) => term.textContent)).toEqual(["Seat price", "Your cost share", "Expected grant", "Your net cost"]);
  });
});

describe("HR's training plans", { timeout: 30_000 }, () => {
  const planRoutes = (routes: Record<string, Handler> = {}): Record<string, Handler> => ({
    "GET /api/training-plans": () => json(page([plan])),
    "GET /api/programmes": () => json(page([programme, plainProgramme])),
    // two enrolments in one cohort and one in another: each cohort offered once
    "GET /api/enrolments": () => json(page([{ id: "en-1", cohortId: COHORT }, { id: "en-2", cohortId: COHORT }, { id: "en-3", cohortId: OTHER_COHORT }])),
    ...routes,
  });

  it("lists the organisation's plans with due date, filed date, participants, hours and cost, from the navigation", async () => {
    const gateway = start("/training-plans", planRoutes());
    expect(await screen.findByRole("heading", { level: 1, name: "Training plans" })).toBeTruthy();
    expect(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Training plans" }).getAttribute("href")).toBe("/training-plans");
    const plans = await screen.findByRole("table", { name: "Filed plans" });
    const row = await within(plans).findByRole("row", {
      name: `Bootcamps 2027 ${range("2027-03-01", "2027-03-05")} ${formatDate("2027-01-30")} ${formatDate("2027-01-12")} 2 24.5 ${formatMoney(420000, "EUR")}`,
    });
    expect(row).toBeTruthy();
    expect(new URLSearchParams(gateway.requests.find((request) => request.path === "/api/training-plans")?.search).get("employerId")).toBe(EMPLOYER);
    await expectAccessible();
  });

  it("files a plan: only programmes asking for plans, cohorts the staff are enrolled in, the cost in minor units", async () => {
    const gateway = start(
      "/training-plans",
      planRoutes({ "POST /api/training-plans": () => json({ ...plan, id: "91a00000-0000-4000-8000-000000000002", cohortId: OTHER_COHORT, dueOn: "2027-04-03", filedOn: "2027-02-01" }, 201) }),
    );
    const form = await screen.findByRole("form", { name: "File a training plan" });
    const programmeField = within(form).getByLabelText(/^Programme/);
    expect(within(programmeField).getAllByRole("option").map((option) => option.textContent)).toEqual(["Choose a programme", "Bootcamps 2027"]);
    fireEvent.change(programmeField, { target: { value: PROGRAMME } });
    const cohortField = within(form).getByLabelText(/^Cohort/);
    await waitFor(() =>
      expect(within(cohortField).getAllByRole("option").map((option) => option.textContent)).toEqual([
        "Choose a cohort",
        "Hydraulic schematics, Mar 1, 2027 – Mar 5, 2027",
        "Hydraulic schematics, May 3, 2027 – May 7, 2027",
      ]),
    );
    fireEvent.change(cohortField, { target: { value: OTHER_COHORT } });
    fireEvent.click(await within(form).findByLabelText("Staff1 Person1"));
    fireEvent.click(within(form).getByLabelText("Staff3 Person3"));
    fireEvent.change(within(form).getByLabelText(/^Planned hours/), { target: { value: "24.5" } });
    fireEvent.change(within(form).getByLabelText(/^Cost \(EUR\)/), { target: { value: "4200.00" } });
    fireEvent.click(within(form).getByRole("button", { name: "File plan" }));
    expect(await within(form).findByText(`Plan filed; due by ${formatDate("2027-04-03")}.`)).toBeTruthy();
    const posts = gateway.requests.filter((request) => request.method === "POST");
    expect(posts.map((request) => [request.path, request.csrf, JSON.parse(request.body)])).toEqual([
      [
        "/api/training-plans",
        "token-26",
        { programmeId: PROGRAMME, employerId: EMPLOYER, cohortId: OTHER_COHORT, participantIds: [staffMember(1).id, staffMember(3).id], plannedHours: 24.5, costMinor: 420000, currency: "EUR" },
      ],
    ]);
    await expectAccessible();
  });

  it("shows a refusal at its field in the API's words and keeps what was typed", async () => {
    const late = "the training plan was due by 2027-01-30 (30 days before the cohort starts on 2027-03-01)";
    start(
      "/training-plans",
      planRoutes({
        "POST /api/training-plans": () =>
          json({ type: "https://skillalliance.org/problems/validation", status: 422, title: "Unprocessable Entity", detail: "1 invalid field(s)", errors: [{ field: "cohortId", reason: late }] }, 422),
      }),
    );
    const form = await screen.findByRole("form", { name: "File a training plan" });
    fireEvent.change(within(form).getByLabelText(/^Programme/), { target: { value: PROGRAMME } });
    const cohortField = within(form).getByLabelText(/^Cohort/) as HTMLSelectElement;
    await within(cohortField).findByRole("option", { name: "Hydraulic schematics, Mar 1, 2027 – Mar 5, 2027" });
    fireEvent.change(cohortField, { target: { value: COHORT } });
    fireEvent.click(await within(form).findByLabelText("Staff2 Person2"));
    fireEvent.change(within(form).getByLabelText(/^Planned hours/), { target: { value: "16" } });
    fireEvent.change(within(form).getByLabelText(/^Cost \(EUR\)/), { target: { value: "900" } });
    fireEvent.click(within(form).getByRole("button", { name: "File plan" }));
    expect(await within(form).findByRole("alert")).toBeTruthy();
    await waitFor(() => expect(cohortField.getAttribute("aria-invalid")).toBe("true"));
    const reason = document.getElementById(cohortField.getAttribute("aria-describedby")?.split(" ").pop() ?? "");
    expect(reason?.textContent).toBe(late);
    expect(cohortField.value).toBe(COHORT);
    expect((within(form).getByLabelText("Staff2 Person2") as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText(/^Cost \(EUR\)/) as HTMLInputElement).value).toBe("900");
    await expectAccessible();
  });
});
