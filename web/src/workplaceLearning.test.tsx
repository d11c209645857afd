// @vitest-environment jsdom
// Learning beyond the classroom (issue 20, api20.md), against the fake gateway: HR plans learning at work, logs
// sessions and signs off, and sees the sign-off in the skill record with source "On the job"; a mentor does the same
// from "My learning at work", the learner alone sees no forms; HR records a workshop and each participant's outcome;
// refusals show at the field they name, keeping what was typed. axe-core checks each screen. Expected texts are
// literal (en-US, the test runner's locale).
import { cleanup, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectAccessible, renderApp } from "./test/appHarness";
import { json, page, type Handler } from "./test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("./components/EChart", () => ({ default: () => null }));

const EMPLOYER = "e3910e10-0000-4000-8000-000000000020";
const ALLIANCE = "a1100000-0000-4000-8000-000000000020";
const SKILL = "5c111000-0000-4000-8000-000000000020";
const PLAN = "91a00000-0000-4000-8000-000000000020";
const WORKSHOP = "3a0b0000-0000-4000-8000-000000000020";
const staffMember = (n: number) => ({ id: `5aff0000-0000-4000-8000-00000000002${n}`, employerId: EMPLOYER, firstName: `Staff${n}`, lastName: `Person${n}`, status: "ACTIVE" });
const LEARNER = staffMember(1).id;
const MENTOR = staffMember(2).id;
const skill = { id: SKILL, code: "S1.2.3", name: "Hydraulic maintenance", category: "TECHNICAL" };
const plan = {
  id: PLAN,
  kind: "ON_THE_JOB",
  allianceId: ALLIANCE,
  employerId: EMPLOYER,
  staffId: LEARNER,
  skillId: SKILL,
  skillCode: "S1.2.3",
  skillName: "Hydraulic maintenance",
  targetLevel: 3,
  mentorStaffId: MENTOR,
  plannedHours: 40,
  loggedHours: 3.5,
  sessions: 1,
  startsOn: "2026-11-02",
  endsOn: "2027-02-26",
  status: "IN_PROGRESS",
  credentialAvailable: false,
};
const signedOff = { ...plan, status: "SIGNED_OFF", loggedHours: 14.25, sessions: 4, levelReached: 3, evidence: "Replaced a pump seal alone.", signedOffOn: "2026-12-07", signedOffBy: "HR", credentialAvailable: true };
const session1 = { id: "5e550000-0000-4000-8000-000000000001", date: "2026-11-10", hours: 3.5, practised: "Reading the schematics", loggedBy: "MENTOR", loggedAt: "2026-11-10T15:00:00Z" };
const validation = (field: string, reason: string, status = 400) =>
  json({ type: `https://skillalliance.org/problems/${status === 409 ? "conflict" : "validation"}`, status, title: "Refused", detail: `${field}: ${reason}`, errors: [{ field, reason }] }, status);

const hrRoutes: Record<string, Handler> = {
  "GET /bff/session": () => json({ username: "hr", name: "Hana Reed", email: null, roles: ["member-admin"], organisationId: EMPLOYER, staffId: null }),
  "GET /api/memberships": () => json(page([{ id: "m1", allianceId: ALLIANCE, organisationId: EMPLOYER, status: "ACTIVE" }])),
  "GET /api/alliances/:id": () => json({ id: ALLIANCE, name: "Metal Valley" }),
  "GET /api/staff": () => json(page([staffMember(1), staffMember(2), staffMember(3)])),
  "GET /api/staff/:id": (_request, url) => json(staffMember(Number(url.pathname.slice(-1)))),
  "GET /api/skills": () => json(page([skill])),
};

const start = (path: string, routes: Record<string, Handler>, base = hrRoutes) => renderApp(path, { ...base, ...routes });

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-20";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("HR's learning at work", { timeout: 30_000 }, () => {
  it("lists the plans from the navigation and plans one, sending the hours as typed", async () => {
    const gateway = start("/", {
      "GET /api/enrolments": () => json(page([])),
      "GET /api/statements": () => json({ totals: [] }),
      "GET /api/cost-shares": () => json(page([])),
      "GET /api/cohorts": () => json(page([])),
      "GET /api/workplace-learning": () => json(page([plan])),
      "POST /api/workplace-learning": () => json({ ...plan, id: "91a00000-0000-4000-8000-000000000021", status: "PLANNED", loggedHours: 0, sessions: 0 }, 201),
      "GET /api/workplace-learning/:id": () => json({ ...plan, status: "PLANNED", loggedHours: 0, sessions: 0 }),
      "GET /api/workplace-learning/:id/sessions": () => json([]),
    });
    fireEvent.click(await screen.findByRole("link", { name: "Learning at work" }));
    const plans = await screen.findByRole("table", { name: "Plans" });
    const row = await within(plans).findByRole("row", { name: /Hydraulic maintenance, level 3/ });
    await waitFor(() => expect(row.textContent).toContain("Staff1 Person1"));
    expect(row.textContent).toContain("Staff2 Person2");
    expect(row.textContent).toContain("On-the-job training");
    expect(row.textContent).toContain("3.5 of 40");
    expect(row.textContent).toContain("In progress");
    expect(within(row).getByRole("link", { name: "Hydraulic maintenance, level 3" }).getAttribute("href")).toBe(`/learning-at-work/${PLAN}`);
    await expectAccessible();

    const form = screen.getByRole("form", { name: "Plan learning at work" });
    fireEvent.change(within(form).getByLabelText(/^Kind/), { target: { value: "MENTORING" } });
    fireEvent.change(within(form).getByLabelText(/^Learner/), { target: { value: LEARNER } });
    fireEvent.change(within(form).getByLabelText(/^Mentor/), { target: { value: MENTOR } });
    await within(form).findByRole("option", { name: "Hydraulic maintenance (S1.2.3)" });
    fireEvent.change(within(form).getByLabelText(/^Skill \(required\)/), { target: { value: SKILL } });
    fireEvent.change(within(form).getByLabelText(/^Target level/), { target: { value: "3" } });
    fireEvent.change(within(form).getByLabelText(/^Planned hours/), { target: { value: "40.5" } });
    fireEvent.change(within(form).getByLabelText(/^Starts on/), { target: { value: "2026-11-02" } });
    fireEvent.change(within(form).getByLabelText(/^Ends on/), { target: { value: "2027-02-26" } });
    fireEvent.click(within(form).getByRole("button", { name: "Plan" }));
    expect(await screen.findByRole("heading", { level: 1, name: "On-the-job training: Hydraulic maintenance" })).toBeTruthy();
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.csrf).toBe("token-20");
    expect(JSON.parse(post?.body ?? "")).toEqual({
      kind: "MENTORING",
      allianceId: ALLIANCE,
      staffId: LEARNER,
      skillId: SKILL,
      targetLevel: 3,
      mentorStaffId: MENTOR,
      plannedHours: 40.5,
      startsOn: "2026-11-02",
      endsOn: "2027-02-26",
    });
  });

  it("shows a refused plan's reason at the mentor and keeps what was typed", async () => {
    start("/learning-at-work", {
      "GET /api/workplace-learning": () => json(page([])),
      "POST /api/workplace-learning": () => validation("mentorStaffId", "must be another person than the learner", 422),
    });
    const form = await screen.findByRole("form", { name: "Plan learning at work" });
    await waitFor(() => expect(within(form).getAllByRole("option", { name: "Person1, Staff1" }).length).toBe(2));
    fireEvent.change(within(form).getByLabelText(/^Learner/), { target: { value: LEARNER } });
    fireEvent.change(within(form).getByLabelText(/^Mentor/), { target: { value: LEARNER } });
    fireEvent.change(within(form).getByLabelText(/^Planned hours/), { target: { value: "12" } });
    fireEvent.click(within(form).getByRole("button", { name: "Plan" }));
    const mentor = within(form).getByLabelText(/^Mentor/);
    await waitFor(() => expect(mentor.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(mentor.getAttribute("aria-describedby") ?? "")?.textContent).toBe("must be another person than the learner");
    expect((within(form).getByLabelText(/^Planned hours/) as HTMLInputElement).value).toBe("12");
    // hours that are no number are refused in the page, at the field, without a request
    fireEvent.change(within(form).getByLabelText(/^Planned hours/), { target: { value: "twelve" } });
    fireEvent.click(within(form).getByRole("button", { name: "Plan" }));
    await within(form).findByText("is not a number");
    await expectAccessible();
  });

  it("logs a session, shows a refused date at the date, and signs off: the level goes into the skill record as on the job", async () => {
    let current: Record<string, unknown> = plan;
    const gateway = start(`/learning-at-work/${PLAN}`, {
      "GET /api/workplace-learning/:id": () => json(current),
      "GET /api/workplace-learning/:id/sessions": () => json([session1]),
      "POST /api/workplace-learning/:id/sessions": async (request) => {
        const body = JSON.parse(await request.text());
        if (body.date === "2027-03-01") return validation("date", "must be within the plan's period 2026-11-02 to 2027-02-26 and not after today", 422);
        return json({ id: "5e550000-0000-4000-8000-000000000002", ...body, loggedBy: "HR", loggedAt: "2026-12-07T10:00:00Z" }, 201);
      },
      "POST /api/workplace-learning/:id/sign-off": () => {
        current = signedOff;
        return json(signedOff);
      },
      "GET /api/skills/records": () =>
        json(page([{ id: "r2", staffId: LEARNER, skillId: SKILL, level: 3, source: "ON_THE_JOB", assessedOn: "2026-12-07", counts: true }, { id: "r1", staffId: LEARNER, skillId: SKILL, level: 2, source: "SELF", assessedOn: "2026-09-01", counts: false }])),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "On-the-job training: Hydraulic maintenance" })).toBeTruthy();
    const sessions = await screen.findByRole("table", { name: "Sessions" });
    expect(within(sessions).getByRole("row", { name: /Reading the schematics/ }).textContent).toContain("Mentor");
    const log = screen.getByRole("form", { name: "Log a session" });
    fireEvent.change(within(log).getByLabelText(/^Date/), { target: { value: "2027-03-01" } });
    fireEvent.change(within(log).getByLabelText(/^Hours/), { target: { value: "2.75" } });
    fireEvent.change(within(log).getByLabelText(/^What was practised/), { target: { value: "Bleeding the circuit" } });
    fireEvent.click(within(log).getByRole("button", { name: "Log session" }));
    const date = within(log).getByLabelText(/^Date/);
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(date.getAttribute("aria-describedby") ?? "")?.textContent).toContain("2026-11-02 to 2027-02-26");
    expect((within(log).getByLabelText(/^What was practised/) as HTMLTextAreaElement).value).toBe("Bleeding the circuit");
    fireEvent.change(date, { target: { value: "2026-12-01" } });
    fireEvent.click(within(log).getByRole("button", { name: "Log session" }));
    await within(log).findByText("Session logged.");
    const logged = gateway.requests.filter((request) => request.method === "POST" && request.path.endsWith("/sessions"));
    expect(JSON.parse(logged.at(-1)?.body ?? "")).toEqual({ date: "2026-12-01", hours: 2.75, practised: "Bleeding the circuit" });
    expect(logged.at(-1)?.csrf).toBe("token-20");
    await expectAccessible();

    const signOff = screen.getByRole("form", { name: "Sign off" });
    fireEvent.change(within(signOff).getByLabelText(/^Level reached/), { target: { value: "3" } });
    fireEvent.change(within(signOff).getByLabelText(/^Evidence/), { target: { value: "Replaced a pump seal alone." } });
    fireEvent.click(within(signOff).getByRole("button", { name: "Sign off" }));
    const result = await screen.findByRole("region", { name: "Result" });
    expect(within(result).getByText("Level reached (1–5)").nextElementSibling?.textContent).toBe("3");
    expect(within(result).getByText("Signed off by").nextElementSibling?.textContent).toBe("HR");
    expect(within(result).getByText("Replaced a pump seal alone.")).toBeTruthy();
    const signOffPost = gateway.requests.find((request) => request.path.endsWith("/sign-off"));
    expect(JSON.parse(signOffPost?.body ?? "")).toEqual({ levelReached: 3, evidence: "Replaced a pump seal alone." });
    const record = await within(result).findByRole("table", { name: "Skill record for this skill" });
    expect(within(record).getAllByRole("row").slice(1).map((row) => row.textContent)).toEqual(["3On the jobDec 7, 2026Yes", "2Self-assessmentSep 1, 2026No"]);
    expect(screen.queryByRole("form", { name: "Log a session" })).toBeNull();
    expect(screen.queryByRole("form", { name: "Sign off" })).toBeNull();
    const asked = gateway.requests.find((request) => request.path === "/api/skills/records");
    expect(new URLSearchParams(asked?.search).get("staffId")).toBe(LEARNER);
    expect(new URLSearchParams(asked?.search).get("skillId")).toBe(SKILL);
    await expectAccessible();
  });

  it("shows a sign-off without sessions refused above the form, and a second sign-off's conflict", async () => {
    start(`/learning-at-work/${PLAN}`, {
      "GET /api/workplace-learning/:id": () => json({ ...plan, status: "PLANNED", sessions: 0, loggedHours: 0 }),
      "GET /api/workplace-learning/:id/sessions": () => json([]),
      "POST /api/workplace-learning/:id/sign-off": () => validation("id", "has no session logged", 422),
    });
    const signOff = await screen.findByRole("form", { name: "Sign off" });
    fireEvent.change(within(signOff).getByLabelText(/^Level reached/), { target: { value: "2" } });
    fireEvent.change(within(signOff).getByLabelText(/^Evidence/), { target: { value: "Watched once." } });
    fireEvent.click(within(signOff).getByRole("button", { name: "Sign off" }));
    const alert = await within(signOff).findByRole("alert");
    expect(alert.textContent).toContain("id: has no session logged");
    expect((within(signOff).getByLabelText(/^Evidence/) as HTMLTextAreaElement).value).toBe("Watched once.");
  });
});

describe("the mentor and the learner", { timeout: 30_000 }, () => {
  const asStaff = (staffId: string): Record<string, Handler> => ({
    "GET /bff/session": () => json({ username: "sam", name: "Sam", email: null, roles: ["learner"], organisationId: EMPLOYER, staffId }),
    "GET /api/staff/:id": () => json({ type: "https://skillalliance.org/problems/forbidden", status: 403 }, 403),
  });
  const mentoring = { ...plan, id: "91a00000-0000-4000-8000-000000000022", kind: "MENTORING", staffId: staffMember(3).id, mentorStaffId: LEARNER, skillName: "Welding" };

  it("lists the person's plans as learner and as mentor, linked from My learning", async () => {
    const gateway = start("/", {
      "GET /api/enrolments": () => json(page([])),
      "GET /api/me/consents": () => json([]),
      "GET /api/workplace-learning": () => json(page([plan, mentoring])),
    }, asStaff(LEARNER));
    fireEvent.click(await screen.findByRole("link", { name: "My learning at work" }));
    const table = await screen.findByRole("table", { name: "My learning at work" });
    const own = within(table).getByRole("row", { name: /Hydraulic maintenance/ });
    expect(own.textContent).toContain("Learner");
    expect(within(own).getAllByRole("cell").map((cell) => cell.textContent).slice(1, 3)).toEqual(["Learner", "You"]);
    const mentored = within(table).getByRole("row", { name: /Welding/ });
    expect(within(mentored).getAllByRole("cell").map((cell) => cell.textContent).slice(1, 4)).toEqual(["Mentor", "5aff0000", "You"]);
    expect(within(mentored).getByRole("link").getAttribute("href")).toBe(`/my-learning-at-work/${mentoring.id}`);
    // the learner's list is what the API answers them: no filters of HR's
    expect(gateway.requests.find((request) => request.path === "/api/workplace-learning")?.search).toBe("?page=0&size=20");
    await expectAccessible();
  });

  it("lets the mentor log and sign off, and shows the learner their own plan without forms", async () => {
    const gateway = start(`/my-learning-at-work/${mentoring.id}`, {
      "GET /api/workplace-learning/:id": () => json(mentoring),
      "GET /api/workplace-learning/:id/sessions": () => json([session1]),
      "POST /api/workplace-learning/:id/sessions": async (request) => json({ id: "s9", ...JSON.parse(await request.text()), loggedBy: "MENTOR", loggedAt: "2026-12-07T10:00:00Z" }, 201),
    }, asStaff(LEARNER));
    const log = await screen.findByRole("form", { name: "Log a session" });
    expect(screen.getByRole("form", { name: "Sign off" })).toBeTruthy();
    expect(screen.getByText("Mentor").nextElementSibling?.textContent).toBe("You");
    fireEvent.change(within(log).getByLabelText(/^Date/), { target: { value: "2026-12-02" } });
    fireEvent.change(within(log).getByLabelText(/^Hours/), { target: { value: "1,5" } });
    fireEvent.change(within(log).getByLabelText(/^What was practised/), { target: { value: "TIG root pass" } });
    fireEvent.click(within(log).getByRole("button", { name: "Log session" }));
    await within(log).findByText("Session logged.");
    expect(JSON.parse(gateway.requests.find((request) => request.method === "POST")?.body ?? "")).toEqual({ date: "2026-12-02", hours: 1.5, practised: "TIG root pass" });
    await expectAccessible();
    cleanup();

    start(`/my-learning-at-work/${PLAN}`, {
      "GET /api/workplace-learning/:id": () => json(plan),
      "GET /api/workplace-learning/:id/sessions": () => json([session1]),
    }, asStaff(LEARNER));
    await screen.findByRole("table", { name: "Sessions" });
    expect(screen.queryByRole("form", { name: "Log a session" })).toBeNull();
    expect(screen.queryByRole("form", { name: "Sign off" })).toBeNull();
  });

  it("downloads a signed-off plan's credential signed as VC-JWT", async () => {
    URL.createObjectURL = vi.fn(() => "blob:jwt");
    URL.revokeObjectURL = vi.fn();
    const gateway = start(`/my-learning-at-work/${PLAN}`, {
      "GET /api/workplace-learning/:id": () => json(signedOff),
      "GET /api/workplace-learning/:id/sessions": () => json([session1]),
      "GET /api/workplace-learning/:id/credential": (request) =>
        request.headers.get("Accept") === "application/vc+jwt" ? new Response("eyJhbGciOiJSUzI1NiJ9.eyJ2YyI6e319.c2ln", { headers: { "Content-Type": "application/vc+jwt" } }) : json({ type: ["VerifiableCredential", "OpenBadgeCredential"] }),
    }, asStaff(LEARNER));
    fireEvent.click(await screen.findByRole("button", { name: "Download the credential for Hydraulic maintenance signed as VC-JWT" }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe("application/vc+jwt");
    expect(await blob.text()).toBe("eyJhbGciOiJSUzI1NiJ9.eyJ2YyI6e319.c2ln");
    expect(gateway.requests.filter((request) => request.path.endsWith("/credential")).length).toBe(1);
    // the learner's page reads no skill record (HR's)
    expect(gateway.requests.some((request) => request.path === "/api/skills/records")).toBe(false);
  });
});

describe("HR's workshops", { timeout: 30_000 }, () => {
  const workshop = {
    id: WORKSHOP,
    allianceId: ALLIANCE,
    employerId: EMPLOYER,
    title: "Lockout-tagout in our plant",
    skillId: SKILL,
    skillCode: "S1.2.3",
    skillName: "Hydraulic maintenance",
    targetLevel: 2,
    heldOn: "2026-12-01",
    hours: 6.5,
    participants: [
      { staffId: LEARNER, outcome: null, attendedHours: null, levelReached: null, recordedOn: null },
      { staffId: MENTOR, outcome: null, attendedHours: null, levelReached: null, recordedOn: null },
    ],
  };

  it("records a workshop with its participants", async () => {
    const gateway = start("/workshops", {
      "GET /api/workshops": () => json(page([workshop])),
      "POST /api/workshops": () => json(workshop, 201),
      "GET /api/workshops/:id": () => json(workshop),
    });
    const list = await screen.findByRole("table", { name: "Workshops held" });
    expect(within(list).getByRole("row", { name: /Lockout-tagout/ }).textContent).toContain("Hydraulic maintenance, level 2");
    const form = screen.getByRole("form", { name: "Record a workshop" });
    fireEvent.change(within(form).getByLabelText(/^Title/), { target: { value: "Lockout-tagout in our plant" } });
    await within(form).findByRole("option", { name: "Hydraulic maintenance (S1.2.3)" });
    fireEvent.change(within(form).getByLabelText(/^Skill \(required\)/), { target: { value: SKILL } });
    fireEvent.change(within(form).getByLabelText(/^Target level/), { target: { value: "2" } });
    fireEvent.change(within(form).getByLabelText(/^Held on/), { target: { value: "2026-12-01" } });
    fireEvent.change(within(form).getByLabelText(/^Hours/), { target: { value: "6.5" } });
    fireEvent.click(await within(form).findByRole("checkbox", { name: "Staff1 Person1" }));
    fireEvent.click(within(form).getByRole("checkbox", { name: "Staff2 Person2" }));
    await expectAccessible();
    fireEvent.click(within(form).getByRole("button", { name: "Record workshop" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lockout-tagout in our plant" })).toBeTruthy();
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.csrf).toBe("token-20");
    expect(JSON.parse(post?.body ?? "")).toEqual({ allianceId: ALLIANCE, title: "Lockout-tagout in our plant", skillId: SKILL, targetLevel: 2, heldOn: "2026-12-01", hours: 6.5, participants: [LEARNER, MENTOR] });
  });

  it("records each participant's outcome, a refused level at the row's level, a no-show with 0 hours", async () => {
    let current = workshop;
    const gateway = start(`/workshops/${WORKSHOP}`, {
      "GET /api/workshops/:id": () => json(current),
      "PUT /api/workshops/:id/participants/:staffId/outcome": async (request, url) => {
        const body = JSON.parse(await request.text());
        if (body.outcome === "COMPLETED" && body.levelReached === undefined) return validation("levelReached", "is required when the outcome is COMPLETED");
        const staffId = url.pathname.split("/")[5];
        current = { ...current, participants: current.participants.map((participant) => (participant.staffId === staffId ? { ...participant, ...body, levelReached: body.levelReached ?? null, recordedOn: "2026-12-07" } : participant)) };
        return json(current);
      },
    });
    const first = await screen.findByRole("form", { name: "Outcome of Staff1 Person1" });
    fireEvent.change(within(first).getByLabelText(/^Outcome/), { target: { value: "COMPLETED" } });
    fireEvent.change(within(first).getByLabelText(/^Hours attended/), { target: { value: "6.5" } });
    fireEvent.click(within(first).getByRole("button", { name: "Record" }));
    const level = within(first).getByLabelText(/^Level reached/);
    await waitFor(() => expect(level.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(level.getAttribute("aria-describedby") ?? "")?.textContent).toBe("is required when the outcome is COMPLETED");
    fireEvent.change(level, { target: { value: "2" } });
    fireEvent.click(within(first).getByRole("button", { name: "Record" }));
    const table = screen.getByRole("table", { name: "Participants" });
    await waitFor(() => expect(within(table).getByRole("row", { name: /Staff1 Person1/ }).textContent).toBe("Staff1 Person1Completed6.52Dec 7, 2026Download Open Badge Download signed (VC-JWT)"));

    const second = screen.getByRole("form", { name: "Outcome of Staff2 Person2" });
    fireEvent.change(within(second).getByLabelText(/^Outcome/), { target: { value: "NO_SHOW" } });
    expect(within(second).queryByLabelText(/^Hours attended/)).toBeNull();
    fireEvent.click(within(second).getByRole("button", { name: "Record" }));
    await waitFor(() => expect(within(table).getByRole("row", { name: /Staff2 Person2/ }).textContent).toBe("Staff2 Person2Did not attend0—Dec 7, 2026—"));
    const puts = gateway.requests.filter((request) => request.method === "PUT");
    expect(puts.map((request) => [request.path.split("/")[5], request.csrf, JSON.parse(request.body)])).toEqual([
      [LEARNER, "token-20", { outcome: "COMPLETED", attendedHours: 6.5 }],
      [LEARNER, "token-20", { outcome: "COMPLETED", attendedHours: 6.5, levelReached: 2 }],
      [MENTOR, "token-20", { outcome: "NO_SHOW", attendedHours: 0 }],
    ]);
    await expectAccessible();
  });

  it("downloads a completed participant's credential from the workshop's participant, as JSON and signed as VC-JWT", async () => {
    URL.createObjectURL = vi.fn(() => "blob:credential");
    URL.revokeObjectURL = vi.fn();
    const completed = { ...workshop, participants: [{ staffId: LEARNER, outcome: "COMPLETED", attendedHours: 6.5, levelReached: 2, recordedOn: "2026-12-07" }, { staffId: MENTOR, outcome: "NO_SHOW", attendedHours: 0, levelReached: null, recordedOn: "2026-12-07" }] };
    const asked: Array<[string, string | null]> = [];
    start(`/workshops/${WORKSHOP}`, {
      "GET /api/workshops/:id": () => json(completed),
      "GET /api/workshops/:id/participants/:staffId/credential": (request, url) =>
        asked.push([url.pathname, request.headers.get("Accept")]) && request.headers.get("Accept") === "application/vc+jwt" ? new Response("eyJhbGciOiJSUzI1NiJ9.eyJ2YyI6e319.c2ln", { headers: { "Content-Type": "application/vc+jwt" } }) : json({ type: ["VerifiableCredential", "OpenBadgeCredential"] }),
    });
    const table = await screen.findByRole("table", { name: "Participants" });
    await within(table).findByText("Staff1 Person1");
    expect(within(within(table).getByRole("row", { name: /Staff2 Person2/ })).queryByRole("button")).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Download the credential for Lockout-tagout in our plant (Staff1 Person1) signed as VC-JWT" }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1));
    const signed = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(signed.type).toBe("application/vc+jwt");
    expect(await signed.text()).toBe("eyJhbGciOiJSUzI1NiJ9.eyJ2YyI6e319.c2ln");
    fireEvent.click(screen.getByRole("button", { name: "Download the Open Badge for Lockout-tagout in our plant (Staff1 Person1) as JSON" }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(2));
    const badge = vi.mocked(URL.createObjectURL).mock.calls[1]?.[0] as Blob;
    expect(JSON.parse(await badge.text())).toEqual({ type: ["VerifiableCredential", "OpenBadgeCredential"] });
    expect(asked).toEqual([
      [`/api/workshops/${WORKSHOP}/participants/${LEARNER}/credential`, "application/vc+jwt"],
      [`/api/workshops/${WORKSHOP}/participants/${LEARNER}/credential`, "application/json"],
    ]);
    await expectAccessible();
  });
});
