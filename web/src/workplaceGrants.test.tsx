// @vitest-environment jsdom
// Learning at work in grants and reports (issue 20, api20.md), against the fake gateway: a programme's on-the-job
// rule in words under its row; a claim's lines for signed-off learning at work (hours counted, amount) and the
// learning not counted with the API's reason, on HR's and the funder's claims pages; the impact report's and the
// alliance overview's learning at work, a suppressed cell "Suppressed", never 0. Expected texts are literal (en-US).
import { cleanup, configure, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectAccessible, renderApp } from "./test/appHarness";
import { json, page, type Handler } from "./test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("./components/EChart", () => ({ default: () => null }));

const EMPLOYER = "e3910e10-0000-4000-8000-000000000030";
const FUNDER = "f0dde100-0000-4000-8000-000000000030";
const ASSOCIATION = "a550c000-0000-4000-8000-000000000030";
const ALLIANCE = "a1100000-0000-4000-8000-000000000030";
const PROGRAMME = "9a0ea000-0000-4000-8000-000000000030";
const COHORT = "c0a00000-0000-4000-8000-000000000030";
const STAFF = "5aff0000-0000-4000-8000-000000000030";
const OTHER = "5aff0000-0000-4000-8000-000000000031";
const session = (roles: string[], organisationId: string) => ({ username: "p", name: "Pat Person", email: null, roles, organisationId, staffId: null });
const programme = { id: PROGRAMME, name: "Learning at work 2027", funderId: FUNDER, status: "OPEN", currency: "EUR", schemeRules: { onTheJob: { ratePerHourMinor: 1235, maxHoursPerParticipant: 80.5, requiresOffTheJob: true } } };
const claim = {
  id: "c1a10000-0000-4000-8000-000000000030",
  programmeId: PROGRAMME,
  employerId: EMPLOYER,
  cohortId: COHORT,
  status: "SUBMITTED",
  claimedMinor: 113745,
  currency: "EUR",
  seats: [],
  workplaceLearningLines: [
    { learningId: "91a00000-0000-4000-8000-000000000030", kind: "ON_THE_JOB", staffId: STAFF, hours: 80.5, amountMinor: 99418 },
    { learningId: "3a0b0000-0000-4000-8000-000000000030", kind: "WORKSHOP", staffId: STAFF, hours: 0, amountMinor: 0 },
  ],
  excludedWorkplaceLearning: [{ learningId: "91a00000-0000-4000-8000-000000000031", kind: "MENTORING", staffId: OTHER, reason: "no completed seat in a cohort the programme covers" }],
};
const staff: Record<string, { firstName: string; lastName: string }> = { [STAFF]: { firstName: "Ben", lastName: "Brook" }, [OTHER]: { firstName: "Cleo", lastName: "Cole" } };
const common: Record<string, Handler> = {
  "GET /api/programmes/:id": () => json(programme),
  "GET /api/programmes": () => json(page([programme])),
  "GET /api/organisations/:id": () => json({ id: EMPLOYER, legalName: "Acme Tools" }),
  "GET /api/cohorts/:id": () => json({ id: COHORT, startDate: "2027-03-01", endDate: "2027-03-05" }),
  "GET /api/staff/:id": (_request, url) => json({ id: url.pathname.split("/").pop(), ...staff[url.pathname.split("/").pop() ?? ""] }),
  "GET /api/alliances": () => json(page([{ id: ALLIANCE, name: "Metal Alliance", coordinatorId: ASSOCIATION, currency: "EUR" }])),
};
const workplaceLearning = {
  learners: 9,
  signedOff: 11,
  hours: 312.75,
  meanLevelReached: 2.73,
  byKind: [
    { kind: "ON_THE_JOB", learners: 6, signedOff: 7, hours: 250.5 },
    { kind: "MENTORING", learners: null, signedOff: null, hours: null, suppressed: true },
    { kind: "WORKSHOP", learners: null, signedOff: null, hours: null, suppressed: true },
  ],
};
const figures = (section: HTMLElement) => within(section).getAllByRole("term").map((term) => `${term.textContent}=${term.nextElementSibling?.textContent}`);
const rows = (table: HTMLElement) => within(table).getAllByRole("row").slice(1).map((row) => row.textContent);

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-g";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("learning at work in grants and reports", { timeout: 30_000 }, () => {
  it("shows HR a claim's lines for learning at work and the learning not counted, with the API's reason", async () => {
    renderApp("/claims", {
      ...common,
      "GET /bff/session": () => json(session(["member-admin"], EMPLOYER)),
      "GET /api/memberships": () => json(page([])),
      "GET /api/awards": () => json(page([])),
      "GET /api/claims": () => json(page([claim])),
    });
    const lines = await screen.findByRole("table", { name: "Learning at work" });
    await within(lines).findAllByText("Ben Brook");
    expect(rows(lines)).toEqual(["Ben BrookOn-the-job training80.5€994.18", "Ben BrookWorkshop0€0.00"]);
    const excluded = screen.getByRole("table", { name: "Learning at work not counted" });
    await within(excluded).findByText("Cleo Cole");
    expect(rows(excluded)).toEqual(["Cleo ColeMentoringno completed seat in a cohort the programme covers"]);
    await expectAccessible();
  });

  it("shows the funder the same lines under the claim, and the programme's on-the-job rule in words", async () => {
    renderApp("/funder/claims?status=SUBMITTED", {
      ...common,
      "GET /bff/session": () => json(session(["funder"], FUNDER)),
      "GET /api/claims": () => json(page([claim])),
    });
    const lines = await screen.findByRole("table", { name: "Learning at work" });
    expect(within(lines).getAllByRole("row").length).toBe(3);
    cleanup();

    renderApp("/funder", { ...common, "GET /bff/session": () => json(session(["funder"], FUNDER)) });
    const rules = await screen.findByText("Scheme rules of Learning at work 2027");
    expect(figures(rules.closest("td")!)).toEqual(["Learning at work=€12.35 per signed-off hour, at most 80.5 hours per participant, only with a completed course seat"]);
    await expectAccessible();
  });

  it("shows the impact report's learning at work, a suppressed kind as suppressed, never 0", async () => {
    renderApp(`/funder/programmes/${PROGRAMME}/impact`, {
      ...common,
      "GET /bff/session": () => json(session(["funder"], FUNDER)),
      "GET /api/reports/programmes/:id/impact": () => json({ programmeId: PROGRAMME, currency: "EUR", suppressionK: 5, participants: 7, breakdowns: {}, workplaceLearning }),
    });
    const section = await screen.findByRole("region", { name: "Learning at work" });
    expect(figures(section)).toEqual(["Learners=9", "Signed off=11", "Hours logged=312.75", "Mean level reached=2.73"]);
    expect(rows(within(section).getByRole("table", { name: "Learning at work by kind" }))).toEqual([
      "On-the-job training67250.5",
      "MentoringSuppressedSuppressedSuppressed",
      "WorkshopSuppressedSuppressedSuppressed",
    ]);
    await expectAccessible();
  });

  it("shows the alliance overview's learning at work, all of it suppressed below k", async () => {
    renderApp("/coordinator", {
      ...common,
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/reports/alliances/:id/overview": () =>
        json({ allianceId: ALLIANCE, seatsOffered: 12, seatsFilled: 9, workplaceLearning: { suppressed: true, learners: null, signedOff: null, hours: null, meanLevelReached: null, byKind: [] } }),
    });
    const section = await screen.findByRole("region", { name: "Learning at work" });
    expect(figures(section)).toEqual(["Learners=Suppressed", "Signed off=Suppressed", "Hours logged=Suppressed", "Mean level reached=Suppressed"]);
    expect(within(section).queryByRole("table")).toBeNull();
    await expectAccessible();
  });
});
