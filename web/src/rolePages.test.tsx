// @vitest-environment jsdom
// The coordinator's, provider's and funder's pages as a person uses them, against the fake gateway: what each shows,
// what it sends (CSRF header, body in the API's units), and the API's reasons at the fields; axe-core checks each.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, createQueryClient } from "./App";
import { fakeGateway, json, page, type Handler } from "./test/fakeGateway";

// each page waits for the session, then the alliance or programme, then its own data: on a loaded machine (2 cores
// shared by the whole build) that takes longer than the library's default of one second
configure({ asyncUtilTimeout: 10_000 });

// jsdom draws no canvas: the chart's drawing is replaced, its table stays
vi.mock("./components/EChart", () => ({ default: () => null }));

const ASSOCIATION = "a550c1a7-0000-4000-8000-000000000001";
const ALLIANCE = "a111a9ce-0000-4000-8000-000000000002";
const EMPLOYER = "e3910e10-0000-4000-8000-000000000003";
const PROVIDER = "b10f1de0-0000-4000-8000-000000000004";
const FUNDER = "f0dde100-0000-4000-8000-000000000005";
const COURSE = "c0c5e000-0000-4000-8000-000000000006";
const COHORT = "c0a00000-0000-4000-8000-000000000007";
const PROGRAMME = "9a0ea000-0000-4000-8000-000000000008";

const session = (roles: string[], organisationId: string) => ({ username: "p", name: "Pat Person", email: null, roles, organisationId, staffId: null });
const cohort = {
  id: COHORT,
  courseId: COURSE,
  allianceId: ALLIANCE,
  organiserId: ASSOCIATION,
  providerId: PROVIDER,
  status: "OPEN",
  startDate: "2027-03-01",
  endDate: "2027-03-05",
  enrolmentOpens: "2027-01-10",
  enrolmentCloses: "2027-02-20",
  capacity: 12,
  minParticipants: 4,
  seatsLeft: 2,
  waitlistLength: 3,
  cost: { pricing: "TOTAL", amountMinor: 900000, currency: "EUR" },
};
const validation = (errors: Array<{ field: string; reason: string }>) =>
  json({ type: "https://skillalliance.org/problems/validation", status: 400, title: "Bad Request", detail: `${errors.length} invalid field(s)`, errors }, 400);

const coordinatorRoutes: Record<string, Handler> = {
  "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
  "GET /api/alliances": () => json(page([{ id: ALLIANCE, name: "Metal Alliance", coordinatorId: ASSOCIATION, currency: "EUR" }])),
  "GET /api/organisations/:id": (_request, url) => json({ id: url.pathname.split("/").pop(), legalName: url.pathname.endsWith(EMPLOYER) ? "Acme Tools" : "Bolt & Nut" }),
  "GET /api/courses/:id": () => json({ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }),
};

function start(path: string, routes: Record<string, Handler>) {
  const gateway = fakeGateway(routes);
  vi.stubGlobal("fetch", gateway.fetch);
  window.history.pushState({}, "", path);
  render(<App queryClient={createQueryClient()} />);
  return gateway;
}

async function expectAccessible() {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
}

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-7";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the coordinator's pages", { timeout: 30_000 }, () => {
  it("lands on the alliance overview and admits an applicant employer", async () => {
    let status = "APPLIED";
    const gateway = start("/", {
      ...coordinatorRoutes,
      "GET /api/reports/alliances/:id/overview": () =>
        json({ allianceId: ALLIANCE, seatsOffered: 48, seatsFilled: 31, waitlistLength: 5, membersByStatus: { ACTIVE: 7, APPLIED: 1 }, completionsPerMonth: { "2027-01": 4 }, skillsByCategory: {} }),
      "GET /api/memberships": (_request, url) =>
        json(page(url.searchParams.get("status") === status ? [{ id: "m-1", allianceId: ALLIANCE, organisationId: EMPLOYER, role: "MEMBER_EMPLOYER", status, appliedOn: "2027-01-02" }] : [])),
      "POST /api/memberships/:id/activate": () => {
        status = "ACTIVE";
        return json({ id: "m-1", status: "ACTIVE" });
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Metal Alliance: overview" })).toBeTruthy();
    expect(within(await screen.findByRole("table", { name: "Memberships by status" })).getByRole("row", { name: /Applied/ }).textContent).toContain("1");
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual(["Home", "Membership applications", "Invite people", "Courses", "Cohorts", "Gap map", "Objectives"]);
    await expectAccessible();

    fireEvent.click(within(nav).getByRole("link", { name: "Membership applications" }));
    const row = await screen.findByRole("row", { name: /Acme Tools/ });
    fireEvent.click(within(row).getByRole("button", { name: "Admit" }));
    await screen.findByText("No application is waiting for a decision. Choose “All” to see the members.");
    const admit = gateway.requests.find((request) => request.method === "POST");
    expect([admit?.path, admit?.csrf]).toEqual(["/api/memberships/m-1/activate", "token-7"]);
    await expectAccessible();
  });

  it("schedules a cohort with its cost in minor units and shows each cohort's fill and waitlist", async () => {
    const gateway = start("/coordinator/cohorts", {
      ...coordinatorRoutes,
      "GET /api/cohorts": () => json(page([cohort])),
      "GET /api/courses": () => json(page([{ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }])),
      "POST /api/cohorts": () => json({ ...cohort, status: "PLANNED" }, 201),
    });
    const row = await screen.findByRole("row", { name: /CNC basics/ });
    expect(row.textContent).toContain("10 of 12 seats taken, 3 waiting");
    fireEvent.click(screen.getByRole("button", { name: "Schedule a cohort" }));
    const form = await screen.findByRole("form", { name: "Schedule a cohort" });
    await within(form).findByRole("option", { name: /CNC-1/ });
    fireEvent.change(within(form).getByLabelText(/^Course/), { target: { value: COURSE } });
    for (const [label, value] of [
      [/^Enrolment opens/, "2027-01-10"],
      [/^Enrolment closes/, "2027-02-20"],
      [/^Starts/, "2027-03-01"],
      [/^Ends/, "2027-03-05"],
      [/^Seats \(required\)/, "12"],
      [/^Price/, "9000.50"],
    ] as const) {
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    }
    fireEvent.click(within(form).getByRole("button", { name: "Schedule" }));
    await screen.findByText("The cohort is scheduled. Open it for enrolment when employers may enrol.");
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.csrf).toBe("token-7");
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({
      courseId: COURSE,
      organiserId: ASSOCIATION,
      capacity: 12,
      minParticipants: 0,
      cost: { pricing: "PER_SEAT", amountMinor: 900050, currency: "EUR" },
    });
    await expectAccessible();
  });
});

describe("the provider's pages", { timeout: 30_000 }, () => {
  it("records a seat's outcome, and a refused one shows the reason at its cell and keeps what was typed", async () => {
    const gateway = start(`/provider/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["provider"], PROVIDER)),
      "GET /api/cohorts/:id": () => json({ ...cohort, status: "RUNNING" }),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }),
      "GET /api/enrolments": () => json(page([{ id: "n-1", cohortId: COHORT, staffId: "5aff0001-0000", status: "CONFIRMED" }])),
      "POST /api/enrolments/:id/outcome": () => validation([{ field: "attendedHours", reason: "must be at most the course's 40 hours" }]),
      "GET /api/rosters/:id": () => json([]),
      "GET /api/cohorts/:id/feedback": () => json({ cohortId: COHORT, respondents: 0, minimumRespondents: 5, meanSatisfaction: null, suppressed: true, suppressedBecause: "FEWER_THAN_K_RESPONDENTS", comments: [] }),
    });
    const row = await screen.findByRole("row", { name: /Seat 1/ });
    fireEvent.change(within(row).getByLabelText("Hours attended, seat 1"), { target: { value: "41" } });
    fireEvent.change(within(row).getByLabelText("Score before, seat 1"), { target: { value: "40" } });
    fireEvent.change(within(row).getByLabelText("Score after, seat 1"), { target: { value: "75" } });
    fireEvent.click(within(row).getByLabelText("Credential, seat 1"));
    fireEvent.click(within(row).getByRole("button", { name: "Save the outcome of seat 1" }));
    await within(row).findByText("must be at most the course's 40 hours");
    const hours = within(row).getByLabelText("Hours attended, seat 1") as HTMLInputElement;
    expect([hours.value, hours.getAttribute("aria-invalid")]).toEqual(["41", "true"]);
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.path).toBe("/api/enrolments/n-1/outcome");
    expect(JSON.parse(post?.body ?? "{}")).toEqual({ providerId: PROVIDER, outcome: "COMPLETED", attendedHours: 41, preScore: 40, postScore: 75, credentialAwarded: true });
    await expectAccessible();
    expect(gateway.unrouted).toEqual([]);
  });
});

describe("the funder's pages", { timeout: 30_000 }, () => {
  const funderRoutes: Record<string, Handler> = {
    "GET /bff/session": () => json(session(["funder"], FUNDER)),
    "GET /api/alliances": () => json(page([])),
    "GET /api/programmes/:id": () => json({ id: PROGRAMME, name: "Digital 2027", funderId: FUNDER, status: "OPEN", currency: "EUR" }),
    "GET /api/programmes": () => json(page([{ id: PROGRAMME, name: "Digital 2027", funderId: FUNDER, status: "OPEN", currency: "EUR", budget: { budgetMinor: 100, committedMinor: 0, availableMinor: 100, disbursedMinor: 0 } }])),
    "GET /api/organisations/:id": () => json({ id: EMPLOYER, legalName: "Acme Tools" }),
    "GET /api/cohorts/:id": () => json(cohort),
  };

  it("shows a refused band rule's reason at its band's field, though only that band was sent", async () => {
    const gateway = start("/funder", { ...funderRoutes, "POST /api/programmes": () => validation([{ field: "bandRules[0].costRate", reason: "must be at most 1" }]) });
    fireEvent.click(await screen.findByRole("button", { name: "Draft a programme" }));
    const form = await screen.findByRole("form", { name: "Draft a programme" });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: "Green 2028" } });
    fireEvent.change(within(form).getByLabelText(/^Budget/), { target: { value: "100000" } });
    fireEvent.click(within(form).getByLabelText("Medium employers have a rule"));
    const mediumRate = form.querySelector<HTMLInputElement>('input[name="bandRules.MEDIUM.costRatePercent"]')!;
    fireEvent.change(mediumRate, { target: { value: "180" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save draft" }));
    await within(form).findByText("must be at most 1");
    expect([mediumRate.value, mediumRate.getAttribute("aria-invalid")]).toEqual(["180", "true"]);
    const body = JSON.parse(gateway.requests.find((request) => request.method === "POST")?.body ?? "{}");
    expect([body.funderId, body.budgetMinor, body.bandRules]).toEqual([FUNDER, 10000000, [{ sizeBand: "MEDIUM", costRate: 1.8 }]]);
    await expectAccessible();
  });

  it("approves a submitted claim and pays an approved one", async () => {
    const claims = [
      { id: "cl-1", programmeId: PROGRAMME, employerId: EMPLOYER, cohortId: COHORT, claimedMinor: 355250, currency: "EUR", status: "SUBMITTED", seats: [{}, {}] },
      { id: "cl-2", programmeId: PROGRAMME, employerId: EMPLOYER, cohortId: COHORT, claimedMinor: 186000, approvedMinor: 186000, currency: "EUR", status: "APPROVED", seats: [{}] },
    ];
    const gateway = start("/funder/claims", {
      ...funderRoutes,
      "GET /api/claims": () => json(page(claims)),
      "POST /api/claims/:id/approve": () => json({ ...claims[0], status: "APPROVED" }),
      "POST /api/claims/:id/pay": () => json({ ...claims[1], status: "PAID" }),
    });
    const rows = await screen.findAllByRole("row", { name: /Acme Tools/ });
    await waitFor(() => expect(within(rows[0]!).getByRole("button", { name: "Approve" }).hasAttribute("disabled")).toBe(false));
    fireEvent.click(within(rows[0]!).getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(within(rows[1]!).getByRole("button", { name: "Pay" }).hasAttribute("disabled")).toBe(false));
    fireEvent.click(within(rows[1]!).getByRole("button", { name: "Pay" }));
    await waitFor(() => expect(gateway.requests.filter((request) => request.method === "POST")).toHaveLength(2));
    const posts = gateway.requests.filter((request) => request.method === "POST");
    expect(posts.map((request) => [request.path, request.csrf, JSON.parse(request.body)])).toEqual([
      ["/api/claims/cl-1/approve", "token-7", { funderId: FUNDER }],
      ["/api/claims/cl-2/pay", "token-7", { funderId: FUNDER }],
    ]);
    await expectAccessible();
  });

  it("shows a suppressed cell of the impact report as suppressed, never as 0, and downloads the CSV of the same filters", async () => {
    URL.createObjectURL = vi.fn(() => "blob:csv");
    URL.revokeObjectURL = vi.fn();
    const gateway = start(`/funder/programmes/${PROGRAMME}/impact?sizeBand=SMALL`, {
      ...funderRoutes,
      "GET /api/reports/programmes/:id/impact": (request) =>
        request.headers.get("Accept") === "text/csv"
          ? new Response("metric,value\nparticipants,23\n", { headers: { "Content-Type": "text/csv", "Content-Disposition": `attachment; filename="impact-report-${PROGRAMME}.csv"` } })
          : json({
              programmeId: PROGRAMME,
              currency: "EUR",
              suppressionK: 5,
              participants: 23,
              completions: 17,
              grantDisbursedMinor: 541250,
              breakdowns: {
                sizeBand: { MICRO: { suppressed: true }, SMALL: { participants: 12, enrolments: 12, completions: 9, completionRate: 0.75 }, MEDIUM: { participants: 0, enrolments: 0, completions: 0, completionRate: 0 } },
                gender: {},
              },
            }),
    });
    const table = await screen.findByRole("table", { name: /by employer size/ });
    const micro = within(table).getByRole("row", { name: /Micro/ });
    expect(micro.textContent).toContain("Suppressed");
    expect(within(micro).queryByText("0")).toBeNull();
    expect(within(table).getByRole("row", { name: /Medium/ }).textContent).toContain("0");
    expect(screen.getByText("Withheld: even the list of its groups would identify people.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const csv = gateway.requests.filter((request) => request.path.endsWith("/impact"));
    expect(csv.map((request) => request.search)).toEqual(["?sizeBand=SMALL", "?sizeBand=SMALL"]);
    await expectAccessible();
  });
});
