// @vitest-environment jsdom
// The provider's sessions and registers, and HR's catalogue figures, as a person uses them against the fake gateway:
// what each shows, what a saved register sends, the API's reason when it refuses; axe-core checks each page.
import { cleanup, configure, fireEvent, render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, createQueryClient } from "../../App";
import { fakeGateway, json, page, type Handler } from "../../test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("../../components/EChart", () => ({ default: () => null }));

const PROVIDER = "b10f1de0-0000-4000-8000-000000000004";
const EMPLOYER = "e3910e10-0000-4000-8000-000000000003";
const COURSE = "c0c5e000-0000-4000-8000-000000000006";
const COHORT = "c0a00000-0000-4000-8000-000000000007";
const FIRST = "5e550000-0000-4000-8000-000000000001";
const SECOND = "5e550000-0000-4000-8000-000000000002";
const SEAT_A = "e0000001-0000-4000-8000-000000000001";
const SEAT_B = "e0000002-0000-4000-8000-000000000002";
const today = new Date().toISOString().slice(0, 10);

const sessions = [
  { id: FIRST, date: today, startTime: "09:00:00", endTime: "12:00:00", place: "Hall 3", hours: 3 },
  { id: SECOND, date: today, startTime: "16:00:00", endTime: "17:45:00", onlineLink: "https://meet.example.org/cnc", title: "Review", hours: 1.75 },
];
const cohort = {
  id: COHORT,
  courseId: COURSE,
  providerId: PROVIDER,
  status: "RUNNING",
  startDate: today,
  endDate: today,
  enrolmentOpens: today,
  enrolmentCloses: today,
  capacity: 10,
  minParticipants: 0,
  seatsLeft: 8,
  waitlistLength: 0,
  sessionCount: 2,
  sessions,
  language: "de",
  prerequisites: "Basic metalwork",
  cost: { pricing: "PER_SEAT", amountMinor: 45000, currency: "EUR" },
};
const session = (roles: string[], organisationId: string) => ({ username: "p", name: "Pat Person", email: null, roles, organisationId, staffId: null });

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

describe("the provider's sessions and registers", { timeout: 30_000 }, () => {
  it("lists the sessions, records a session's register with checkboxes, and shows a refusal's reason", async () => {
    let refuse = false;
    const gateway = start(`/provider/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["provider"], PROVIDER)),
      "GET /api/cohorts/:id": () => json(cohort),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }),
      "GET /api/enrolments": () => json(page([])),
      "GET /api/cohorts/:id/sessions/:sid/attendance": (_request, url) =>
        json({
          sessionId: url.pathname.split("/")[5],
          recorded: false,
          seats: [
            { enrolmentId: SEAT_A, staffId: "5aff0001-0000", present: null },
            { enrolmentId: SEAT_B, staffId: "5aff0002-0000", present: null },
          ],
        }),
      "PUT /api/cohorts/:id/sessions/:sid/attendance": () =>
        refuse
          ? json({ type: "https://skillalliance.org/problems/rule-violation", status: 422, title: "Unprocessable", detail: "session is on 2099-01-01", errors: [{ field: "sessionId", reason: "its attendance is recorded from that day on" }] }, 422)
          : json({ sessionId: FIRST, recorded: true, recordedAt: new Date().toISOString(), seats: [] }),
    });
    const table = await screen.findByRole("table", { name: "Sessions of the cohort, in time order" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(within(table).getByRole("link", { name: "Online" }).getAttribute("href")).toBe("https://meet.example.org/cnc");

    const group = await screen.findByRole("group", { name: /Present at the session of .*09:00–12:00/ });
    fireEvent.click(within(group).getByLabelText(/Seat 1/));
    fireEvent.click(screen.getByRole("button", { name: "Save the register" }));
    await screen.findByText("Register saved");
    const put = gateway.requests.find((request) => request.method === "PUT");
    expect(put?.path).toBe(`/api/cohorts/${COHORT}/sessions/${FIRST}/attendance`);
    expect(put?.csrf).toBe("token-7");
    expect(JSON.parse(put?.body ?? "[]")).toEqual([
      { enrolmentId: SEAT_A, present: true },
      { enrolmentId: SEAT_B, present: false },
    ]);

    // the second session, refused: the reason is shown
    refuse = true;
    fireEvent.change(screen.getByLabelText("Session"), { target: { value: SECOND } });
    const second = await screen.findByRole("group", { name: /16:00–17:45/ });
    fireEvent.click(within(second).getByLabelText(/Seat 2/));
    fireEvent.click(screen.getByRole("button", { name: "Save the register" }));
    await screen.findByText(/its attendance is recorded from that day on/);
    await expectAccessible();
  });
});

describe("adding a session", { timeout: 30_000 }, () => {
  it("sends the session typed, and shows an overlap's reason at the start time", async () => {
    const gateway = start(`/provider/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["provider"], PROVIDER)),
      "GET /api/cohorts/:id": () => json({ ...cohort, status: "OPEN", sessions: [], sessionCount: 0 }),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }),
      "GET /api/enrolments": () => json(page([])),
      "POST /api/cohorts/:id/sessions": () =>
        json({ type: "https://skillalliance.org/problems/rule-violation", status: 422, title: "Unprocessable", detail: "1 rule", errors: [{ field: "startTime", reason: "overlaps the cohort's session on 2027-03-01" }] }, 422),
    });
    fireEvent.click(await screen.findByText("Add a session"));
    const form = screen.getByRole("form", { name: "Add a session" });
    fireEvent.change(within(form).getByLabelText(/^Date/), { target: { value: today } });
    fireEvent.change(within(form).getByLabelText(/^Starts/), { target: { value: "09:00" } });
    fireEvent.change(within(form).getByLabelText(/^Ends/), { target: { value: "12:00" } });
    fireEvent.change(within(form).getByLabelText(/^Online link/), { target: { value: "https://meet.example.org/cnc" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add the session" }));
    await within(form).findByText("overlaps the cohort's session on 2027-03-01");
    expect(within(form).getByLabelText(/^Starts/).getAttribute("aria-invalid")).toBe("true");
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.path).toBe(`/api/cohorts/${COHORT}/sessions`);
    expect(JSON.parse(post?.body ?? "{}")).toEqual({ date: today, startTime: "09:00", endTime: "12:00", onlineLink: "https://meet.example.org/cnc" });
    await expectAccessible();
  });
});

describe("the coordinator's cohort", { timeout: 30_000 }, () => {
  it("lists the cohort's sessions and offers to add one", async () => {
    const ASSOCIATION = "a550c1a7-0000-4000-8000-000000000001";
    start(`/coordinator/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/alliances": () => json(page([])),
      "GET /api/cohorts/:id": () => json({ ...cohort, status: "OPEN", organiserId: ASSOCIATION }),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }),
      "GET /api/organisations/:id": () => json({ id: EMPLOYER, legalName: "Acme Tools" }),
    });
    const table = await screen.findByRole("table", { name: "Sessions of the cohort, in time order" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(screen.getByText("Add a session")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save the register" })).toBeNull();
    await expectAccessible();
  });
});

describe("HR's cohort in the catalogue", { timeout: 30_000 }, () => {
  it("shows the sessions, the language of instruction and the prerequisites beside seats and waitlist", async () => {
    start(`/cohorts/${COHORT}`, {
      "GET /bff/session": () => json(session(["member-admin"], EMPLOYER)),
      "GET /api/alliances": () => json(page([])),
      "GET /api/cohorts/:id": () => json({ ...cohort, status: "OPEN" }),
      "GET /api/courses/:id": () => json({ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }),
      "GET /api/cohorts/:id/quote": () => json({ currency: "EUR", priceMinor: 45000, seatShareMinor: 45000, netMinor: 45000 }),
      "GET /api/staff": () => json(page([])),
      "GET /api/enrolments": () => json(page([])),
    });
    await screen.findByRole("table", { name: "Sessions of the cohort, in time order" });
    expect(screen.getByText("German")).toBeTruthy();
    expect(screen.getByText("Basic metalwork")).toBeTruthy();
    expect(screen.getByText("Hall 3")).toBeTruthy();
    await expectAccessible();
  });
});
