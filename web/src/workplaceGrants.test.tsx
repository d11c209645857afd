// @vitest-environment jsdom
// Learning at work in grants and reports (issue 20, api20.md), against the fake gateway: a programme's on-the-job
// rule in words under its row; a claim for learning at work (no cohort) with its lines (`workplaceLines`: hours
// counted, amount) and the learning not counted (`excludedLearning`) with the API's reason, on HR's and the funder's
// claims pages; the impact report's and the alliance overview's learning at work as reporting-service answers it, a
// suppressed kind or mean level "Suppressed", never 0, and kinds withheld whole said so. Expected texts are literal
// (en-US).
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
const STAFF = "5aff0000-0000-4000-8000-000000000030";
const OTHER = "5aff0000-0000-4000-8000-000000000031";
const session = (roles: string[], organisationId: string) => ({ username: "p", name: "Pat Person", email: null, roles, organisationId, staffId: null });
const programme = { id: PROGRAMME, name: "Learning at work 2027", funderId: FUNDER, status: "OPEN", currency: "EUR", schemeRules: { onTheJob: { ratePerHourMinor: 1235, maxHoursPerParticipant: 80.5, requiresOffTheJob: true } } };
const claim = {
  id: "c1a10000-0000-4000-8000-000000000030",
  programmeId: PROGRAMME,
  employerId: EMPLOYER,
  cohortId: null,
  status: "SUBMITTED",
  claimedMinor: 109298,
  currency: "EUR",
  seats: [],
  excludedSeats: [],
  workplaceLines: [
    { learningId: "91a00000-0000-4000-8000-000000000030", kind: "ON_THE_JOB", staffId: STAFF, hours: 80.5, amountMinor: 99418 },
    { learningId: "3a0b0000-0000-4000-8000-000000000030", kind: "WORKSHOP", staffId: OTHER, hours: 8, amountMinor: 9880 },
  ],
  excludedLearning: [{ learningId: "91a00000-0000-4000-8000-000000000031", staffId: STAFF, reason: "the participant's 80.5 h under the programme are used up" }],
};
const staff: Record<string, { firstName: string; lastName: string }> = { [STAFF]: { firstName: "Ben", lastName: "Brook" }, [OTHER]: { firstName: "Cleo", lastName: "Cole" } };
const common: Record<string, Handler> = {
  "GET /api/programmes/:id": () => json(programme),
  "GET /api/programmes": () => json(page([programme])),
  "GET /api/organisations/:id": () => json({ id: EMPLOYER, legalName: "Acme Tools" }),
  "GET /api/staff/:id": (_request, url) => json({ id: url.pathname.split("/").pop(), ...staff[url.pathname.split("/").pop() ?? ""] }),
  "GET /api/alliances": () => json(page([{ id: ALLIANCE, name: "Metal Alliance", coordinatorId: ASSOCIATION, currency: "EUR" }])),
};
const workplaceLearning = {
  learners: 9,
  signedOff: 11,
  hours: 312.75,
  meanLevelReached: 2.73,
  meanLevelReachedSuppressed: false,
  byKind: [
    { kind: "ON_THE_JOB", suppressed: false, learners: 6, signedOff: 7, hours: 250.5 },
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
  it("shows HR a claim for learning at work: no cohort, its lines and the learning not counted, with the API's reason", async () => {
    renderApp("/claims", {
      ...common,
      "GET /bff/session": () => json(session(["member-admin"], EMPLOYER)),
      "GET /api/memberships": () => json(page([])),
      "GET /api/awards": () => json(page([])),
      "GET /api/claims": () => json(page([claim])),
    });
    const lines = await screen.findByRole("table", { name: "Learning at work" });
    await within(lines).findAllByText("Ben Brook");
    await within(lines).findByText("Cleo Cole");
    expect(rows(lines)).toEqual(["Ben BrookOn-the-job training80.5€994.18", "Cleo ColeWorkshop8€98.80"]);
    const excluded = screen.getByRole("table", { name: "Learning at work not counted" });
    expect(within(excluded).getAllByRole("columnheader").map((head) => head.textContent)).toEqual(["Staff member", "Reason"]);
    expect(rows(excluded)).toEqual(["Ben Brookthe participant's 80.5 h under the programme are used up"]);
    const claimRow = screen.getByText("€1,092.98").closest("tr")!;
    expect(within(claimRow).getByText("Learning at work (no cohort)")).toBeTruthy();
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
    expect(screen.getByText("Learning at work (no cohort)")).toBeTruthy();
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

  it("shows the alliance overview's learning at work below k: the mean level suppressed, the kinds withheld whole", async () => {
    renderApp("/coordinator", {
      ...common,
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/reports/alliances/:id/overview": () =>
        json({ allianceId: ALLIANCE, seatsOffered: 12, seatsFilled: 9, workplaceLearning: { learners: 3, signedOff: 4, hours: 20.5, byKind: [], meanLevelReached: null, meanLevelReachedSuppressed: true } }),
    });
    const section = await screen.findByRole("region", { name: "Learning at work" });
    expect(figures(section)).toEqual(["Learners=3", "Signed off=4", "Hours logged=20.5", "Mean level reached=Suppressed"]);
    expect(within(section).queryByRole("table")).toBeNull();
    expect(within(section).getByText("The figures by kind are withheld: with so few learners, even with the small kinds suppressed they would let people be identified.")).toBeTruthy();
    await expectAccessible();
  });

  it("shows an alliance without sign-offs: every kind with zeros, no mean level, nothing suppressed", async () => {
    const none = (kind: string) => ({ kind, suppressed: false, learners: 0, signedOff: 0, hours: 0 });
    renderApp("/coordinator", {
      ...common,
      "GET /bff/session": () => json(session(["coordinator"], ASSOCIATION)),
      "GET /api/reports/alliances/:id/overview": () =>
        json({ allianceId: ALLIANCE, seatsOffered: 12, seatsFilled: 9, workplaceLearning: { learners: 0, signedOff: 0, hours: 0, byKind: ["ON_THE_JOB", "MENTORING", "WORKSHOP"].map(none), meanLevelReached: null, meanLevelReachedSuppressed: false } }),
    });
    const section = await screen.findByRole("region", { name: "Learning at work" });
    expect(figures(section)).toEqual(["Learners=0", "Signed off=0", "Hours logged=0", "Mean level reached=—"]);
    expect(rows(within(section).getByRole("table", { name: "Learning at work by kind" }))).toEqual(["On-the-job training000", "Mentoring000", "Workshop000"]);
  });
});
