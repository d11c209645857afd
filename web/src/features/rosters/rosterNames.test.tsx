// @vitest-environment jsdom
// The provider's cohort page with names: the roster (GET /api/rosters/{cohortId}) joined to the seats by enrolment id,
// an erased person without a name, a waitlisted seat with its staff id; and when the names call fails, the seats with
// their staff ids and a line saying names are unavailable, the outcomes table working as before.
import { cleanup, configure, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, createQueryClient } from "../../App";
import { fakeGateway, json, page, type Handler } from "../../test/fakeGateway";
import { byEnrolment, seatHolderLabel } from "./useRosterNames";

configure({ asyncUtilTimeout: 10_000 });

const PROVIDER = "b10f1de0-0000-4000-8000-000000000004";
const COURSE = "c0c5e000-0000-4000-8000-000000000006";
const COHORT = "c0a00000-0000-4000-8000-000000000007";
const cohort = {
  id: COHORT,
  courseId: COURSE,
  allianceId: "a111a9ce-0000-4000-8000-000000000002",
  organiserId: "a550c1a7-0000-4000-8000-000000000001",
  providerId: PROVIDER,
  status: "RUNNING",
  startDate: "2027-03-01",
  endDate: "2027-03-05",
  enrolmentOpens: "2027-01-10",
  enrolmentCloses: "2027-02-20",
  capacity: 12,
  minParticipants: 4,
  seatsLeft: 9,
  waitlistLength: 1,
  cost: { pricing: "TOTAL", amountMinor: 900000, currency: "EUR" },
};
const seats = [
  { id: "e-ben", cohortId: COHORT, staffId: "5aff0b00-0000-4000-8000-000000000001", status: "CONFIRMED" },
  { id: "e-anna", cohortId: COHORT, staffId: "5aff0a00-0000-4000-8000-000000000002", status: "CONFIRMED" },
  { id: "e-erin", cohortId: COHORT, staffId: "5aff0e00-0000-4000-8000-000000000003", status: "CONFIRMED" },
  { id: "e-wanda", cohortId: COHORT, staffId: "5aff0d00-0000-4000-8000-000000000004", status: "WAITLISTED" },
];
// the roster comes sorted by last name, not in the seats' order: the page joins by enrolment id
const roster = [
  { enrolmentId: "e-anna", staffId: seats[1]!.staffId, firstName: "Anna", lastName: "Brandt", employerName: "Müller Feinmechanik GmbH", status: "CONFIRMED" },
  { enrolmentId: "e-ben", staffId: seats[0]!.staffId, firstName: "Ben", lastName: "Brandt", employerName: "Zahnrad Schmidt KG", status: "CONFIRMED" },
  { enrolmentId: "e-erin", staffId: seats[2]!.staffId, firstName: null, lastName: null, employerName: null, status: "CONFIRMED" },
];

function start(rosterRoute: Handler) {
  const gateway = fakeGateway({
    "GET /bff/session": () => json({ username: "p", name: "Pat Person", email: null, roles: ["provider"], organisationId: PROVIDER, staffId: null }),
    "GET /api/cohorts/:id": () => json(cohort),
    "GET /api/courses/:id": () => json({ id: COURSE, code: "CNC-1", title: "CNC basics", status: "PUBLISHED" }),
    "GET /api/enrolments": () => json(page(seats)),
    "GET /api/rosters/:id": rosterRoute,
  });
  vi.stubGlobal("fetch", gateway.fetch);
  window.history.pushState({}, "", `/provider/cohorts/${COHORT}`);
  render(<App queryClient={createQueryClient()} />);
  return gateway;
}

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-7";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("a seat's person", () => {
  it("is the last name and first name, a note for an erased person, or the staff id where the roster has none", () => {
    const entries = byEnrolment(roster as never);
    expect(seatHolderLabel(entries.get("e-anna"), seats[1]!.staffId)).toBe("Brandt, Anna");
    expect(seatHolderLabel(entries.get("e-erin"), seats[2]!.staffId)).toBe("Name erased");
    expect(seatHolderLabel(entries.get("e-wanda"), seats[3]!.staffId)).toBe("Staff 5aff0d00");
    expect([...entries.keys()]).toEqual(["e-anna", "e-ben", "e-erin"]);
  });
});

describe("the provider's cohort page with names", { timeout: 30_000 }, () => {
  it("shows each seat's person and employer, joined by enrolment id", async () => {
    const gateway = start(() => json(roster));
    const ben = await screen.findByRole("row", { name: /Seat 1 Brandt, Ben/ });
    expect(within(ben).getByText(/Zahnrad Schmidt KG/)).toBeTruthy();
    const anna = screen.getByRole("row", { name: /Seat 2 Brandt, Anna/ });
    expect(within(anna).getByText(/Müller Feinmechanik GmbH/)).toBeTruthy();
    expect(screen.getByRole("row", { name: /Seat 3 Name erased/ })).toBeTruthy();
    expect(screen.getByRole("row", { name: /Seat 4 Staff 5aff0d00/ })).toBeTruthy();
    expect(screen.queryByText(/Names are unavailable/)).toBeNull();
    expect(gateway.requests.some((request) => request.method === "GET" && request.path === `/api/rosters/${COHORT}`)).toBe(true);
  });

  it("keeps working with staff ids and says names are unavailable when the names call fails", async () => {
    start(() => json({ type: "https://skillalliance.org/problems/service-unavailable", status: 503, title: "Service Unavailable", detail: "member-service is not reachable" }, 503));
    await screen.findByText("Names are unavailable at the moment: the seats show staff ids.");
    expect(screen.getByRole("row", { name: /Seat 1 Staff 5aff0b00/ })).toBeTruthy();
    expect(screen.getByRole("row", { name: /Seat 2 Staff 5aff0a00/ })).toBeTruthy();
    // the outcomes still take figures
    expect(within(screen.getByRole("row", { name: /Seat 1/ })).getByLabelText("Hours attended, seat 1")).toBeTruthy();
  });
});
