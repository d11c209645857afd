// @vitest-environment jsdom
// The app as a person uses it, against a fake gateway: sign-in screen, navigation by role, the member-admin's home
// (its money equals the statement API's), forms that show the API's reasons at their fields and keep what was typed,
// the CSV import's row results, enrolment of many, the learner's page; axe-core checks each screen.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, createQueryClient } from "./App";
import { formatMoney } from "./format/format";
import { fakeGateway, json, page, type Handler } from "./test/fakeGateway";

// jsdom draws no canvas: the chart's drawing is replaced, its table stays
vi.mock("./components/EChart", () => ({ default: () => null }));

const EMPLOYER = "5b9b0c8e-5b0e-4a4e-9a55-7a3c5a1f2b22";
const ALLIANCE = "a11a0c8e-5b0e-4a4e-9a55-7a3c5a1f2b22";
const COHORT = "c0c0c8e0-5b0e-4a4e-9a55-7a3c5a1f2b22";
const COURSE = "c0c5e8e0-5b0e-4a4e-9a55-7a3c5a1f2b22";
const memberAdmin = { username: "hr@acme", name: "Hanna Reiter", email: "hr@acme.example", roles: ["member-admin"], organisationId: EMPLOYER, staffId: null };
const staffMember = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, employerId: EMPLOYER, firstName: `Staff${n}`, lastName: `Person${n}`, email: `s${n}@acme.example`, status: "ACTIVE" });

const employerRoutes: Record<string, Handler> = {
  "GET /bff/session": () => json(memberAdmin),
  "GET /api/organisations/:id": () => json({ id: EMPLOYER, legalName: "Acme Hydraulics" }),
  "GET /api/memberships": () => json(page([{ id: "m1", allianceId: ALLIANCE, organisationId: EMPLOYER, role: "MEMBER_EMPLOYER", status: "ACTIVE" }])),
  "GET /api/enrolments": (_request, url) => json(page([], url.searchParams.get("status") === "CONFIRMED" ? 3 : url.searchParams.get("status") === "WAITLISTED" ? 1 : 0)),
  "GET /api/cohorts": () =>
    json(page([{ id: COHORT, courseId: COURSE, status: "OPEN", startDate: "2027-02-01", endDate: "2027-02-05", enrolmentCloses: "2027-01-20", capacity: 12, seatsLeft: 2, waitlistLength: 0, cost: { amountMinor: 60000, currency: "EUR", pricing: "PER_SEAT" } }])),
  "GET /api/statements": () =>
    json({ employerId: EMPLOYER, from: "2026-01-01", to: "2026-12-06", lines: [], totals: [{ currency: "EUR", sharesChargedMinor: 123456, grantOffsetsMinor: 50000, netPayableMinor: 73456, approvedNotPaidMinor: 1999 }] }),
  "GET /api/cost-shares": () => json(page([])),
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
  document.cookie = "XSRF-TOKEN=token-1";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the web app", { timeout: 30_000 }, () => {
  it("shows the sign-in screen when nobody is signed in", async () => {
    start("/", { "GET /bff/session": () => json({ type: "https://skillalliance.org/problems/unauthorized", status: 401, detail: "not signed in" }, 401) });
    const signIn = await screen.findByRole("link", { name: "Sign in" });
    expect(signIn.getAttribute("href")).toBe("/oauth2/authorization/keycloak");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Sign in to Skill Alliance");
    await expectAccessible();
  });

  it("gives a member-admin its home with the statement API's figures and its navigation", async () => {
    start("/", employerRoutes);
    expect(await screen.findByRole("heading", { level: 1, name: "Acme Hydraulics: overview" })).toBeTruthy();
    const money = await screen.findByRole("table", { name: /^Totals from/ });
    const cells = within(money).getAllByRole("cell").map((cell) => cell.textContent);
    expect(cells).toEqual([formatMoney(123456, "EUR"), formatMoney(50000, "EUR"), formatMoney(73456, "EUR"), formatMoney(1999, "EUR")]);
    const byStatus = await screen.findByRole("table", { name: "Enrolments by status" });
    expect(within(byStatus).getByRole("row", { name: /Confirmed/ }).textContent).toContain("3");
    expect(within(byStatus).getByRole("row", { name: /Waitlisted/ }).textContent).toContain("1");
    const cohorts = await screen.findByRole("table", { name: "Next cohorts open for enrolment" });
    expect(within(cohorts).getByRole("row", { name: /2 \/ 12/ })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual(["Home", "Staff", "Catalogue", "Enrolments", "Statements", "Claims and grants", "Training plans", "Learning at work", "Workshops", "Follow-ups", "Business results", "Return on training", "Skills", "Benchmark", "Notifications"]);
    expect(screen.getByRole("button", { name: "Sign out" }).closest("form")?.getAttribute("action")).toBe("/logout");
    expect((document.querySelector("input[name=_csrf]") as HTMLInputElement).value).toBe("token-1");
    await expectAccessible();
  });

  it("shows each reason of a refused staff form at its field and keeps what was typed", async () => {
    const gateway = start("/staff", {
      ...employerRoutes,
      "GET /api/staff": () => json(page([staffMember(1)])),
      "POST /api/staff": () =>
        json(
          {
            type: "https://skillalliance.org/problems/validation",
            status: 400,
            detail: "The request has 1 invalid field",
            errors: [{ field: "email", reason: "must be a well-formed email address" }, { field: "employerId", reason: "is not an employer" }],
          },
          400,
        ),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Add a staff member" }));
    fireEvent.change(screen.getByLabelText(/First name/), { target: { value: "Ada" } });
    fireEvent.change(screen.getByLabelText(/Last name/), { target: { value: "Byron" } });
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: "ada-at-example" } });
    fireEvent.click(screen.getByRole("button", { name: "Add staff member" }));
    await screen.findByText("must be a well-formed email address");
    const email = screen.getByLabelText(/^Email/) as HTMLInputElement;
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(email.getAttribute("aria-describedby") ?? "")?.textContent).toBe("must be a well-formed email address");
    expect([email.value, (screen.getByLabelText(/First name/) as HTMLInputElement).value]).toEqual(["ada-at-example", "Ada"]);
    expect(screen.getByRole("alert").textContent).toContain("employerId: is not an employer");
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.csrf).toBe("token-1");
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({ employerId: EMPLOYER, firstName: "Ada", lastName: "Byron", email: "ada-at-example" });
    expect(gateway.requests.filter((request) => request.method === "GET").every((request) => request.csrf === null)).toBe(true);
    await expectAccessible();
  });

  it("searches the whole staff register on the server, from the first page, keeping the status filter", async () => {
    const gateway = start("/staff?status=ACTIVE&page=2", {
      ...employerRoutes,
      "GET /api/staff": (_request, url) => {
        const q = url.searchParams.get("q");
        if (q === "lovelace") return json(page([{ ...staffMember(4), firstName: "Ada", lastName: "Lovelace" }]));
        if (q === "x".repeat(100)) return json({ type: "https://skillalliance.org/problems/validation", status: 400, detail: "q", errors: [{ field: "q", reason: "is longer than 100 characters (101)" }] }, 400);
        if (q) return json(page([]));
        return json(page([staffMember(1), staffMember(2)], 60));
      },
    });
    const box = (await screen.findByRole("searchbox", { name: "Search staff" })) as HTMLInputElement;
    expect(document.getElementById(box.getAttribute("aria-describedby") ?? "")?.textContent).toMatch(/^Part of a first or last name, an email or a job role/);
    expect(await screen.findByRole("link", { name: "Staff1 Person1" })).toBeTruthy();
    const staffRequests = () => gateway.requests.filter((request) => request.path === "/api/staff").map((request) => new URLSearchParams(request.search));

    fireEvent.change(box, { target: { value: "  lovelace " } });
    fireEvent.submit(box.closest("form")!);
    expect(await screen.findByRole("link", { name: "Ada Lovelace" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Staff1 Person1" })).toBeNull();
    const asked = staffRequests().at(-1)!;
    expect([asked.get("q"), asked.get("page"), asked.get("status"), asked.get("employerId")]).toEqual(["lovelace", "0", "ACTIVE", EMPLOYER]);
    expect(new URLSearchParams(window.location.search).get("q")).toBe("lovelace");
    expect(new URLSearchParams(window.location.search).get("page")).toBeNull();
    expect(staffRequests().filter((params) => params.has("q")).length).toBe(1);
    await expectAccessible();

    fireEvent.change(box, { target: { value: "nobody" } });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    expect(await screen.findByText('Nobody in the register matches "nobody". Check the spelling, try part of the name, or clear the search.')).toBeTruthy();

    fireEvent.change(box, { target: { value: "x".repeat(100) } });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    expect(await screen.findByText("is longer than 100 characters (101)")).toBeTruthy();
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(box.value).toBe("x".repeat(100));

    fireEvent.click(screen.getByRole("button", { name: "Clear the search" }));
    expect(await screen.findByRole("link", { name: "Staff1 Person1" })).toBeTruthy();
    expect(box.value).toBe("");
    expect(staffRequests().at(-1)!.has("q")).toBe(false);
  });

  it("shows the result of each row of a CSV import, with each refused row's field and reason", async () => {
    start("/staff", {
      ...employerRoutes,
      "GET /api/staff": () => json(page([])),
      "POST /api/staff/import": () =>
        json({
          created: 1,
          updated: 0,
          unchanged: 0,
          rejected: 1,
          rows: [
            { line: 2, outcome: "CREATED", id: "x", errors: [] },
            { line: 3, outcome: "REJECTED", errors: [{ field: "email", reason: "must be a well-formed email address" }] },
          ],
        }),
    });
    const file = new File(["firstName,lastName,email\nA,B,a@b.c\nC,D,nope\n"], "staff.csv", { type: "text/csv" });
    fireEvent.change(await screen.findByLabelText("CSV file"), { target: { files: [file] } });
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const results = await screen.findByRole("table", { name: "Result of each row" });
    const rows = within(results).getAllByRole("row").slice(1).map((row) => row.textContent);
    expect(rows).toEqual(["2Added—", "3Refusedemail: must be a well-formed email address"]);
    expect(screen.getByText("1 added, 0 updated, 0 unchanged, 1 refused.")).toBeTruthy();
  });

  it("enrols three staff into a cohort with two seats left: two confirmed, one waitlisted at position 1", async () => {
    let answered = 0;
    const gateway = start(`/cohorts/${COHORT}`, {
      ...employerRoutes,
      "GET /api/cohorts/:id": () => json({ id: COHORT, courseId: COURSE, status: "OPEN", startDate: "2027-02-01", endDate: "2027-02-05", capacity: 12, seatsLeft: 2, waitlistLength: 0 }),
      "GET /api/courses/:id": () => json({ id: COURSE, title: "Hydraulic schematics", status: "PUBLISHED" }),
      "GET /api/cohorts/:id/quote": () => json({ cohortId: COHORT, currency: "EUR", priceMinor: 60000, seatShareMinor: 60000, grantOffset: { known: true, expectedOffsetMinor: 30000 }, netMinor: 30000 }),
      "GET /api/staff": () => json(page([staffMember(1), staffMember(2), staffMember(3)])),
      "POST /api/enrolments": () => {
        answered += 1;
        return json(answered <= 2 ? { id: `e${answered}`, status: "CONFIRMED" } : { id: "e3", status: "WAITLISTED", waitlistPosition: 1 }, 201);
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: /Hydraulic schematics, starting/ })).toBeTruthy();
    const quote = await screen.findByRole("region", { name: "Your quote per seat" });
    // the expected grant and the net cost are both 300.00 here; the seat price and the share 600.00
    expect((await within(quote).findAllByText(formatMoney(30000, "EUR"))).length).toBe(2);
    expect(within(quote).getAllByText(formatMoney(60000, "EUR")).length).toBe(2);
    for (const name of ["Staff1 Person1", "Staff2 Person2", "Staff3 Person3"]) fireEvent.click(await screen.findByLabelText(name));
    fireEvent.click(screen.getByRole("button", { name: "Enrol 3 people" }));
    const results = await screen.findByRole("table", { name: "Result of each enrolment" });
    expect(within(results).getAllByRole("row").slice(1).map((row) => row.textContent)).toEqual([
      "Staff1 Person1Confirmed",
      "Staff2 Person2Confirmed",
      "Staff3 Person3Waitlisted, position 1",
    ]);
    const posts = gateway.requests.filter((request) => request.method === "POST");
    expect(posts.map((request) => JSON.parse(request.body).staffId)).toEqual([staffMember(1).id, staffMember(2).id, staffMember(3).id]);
    expect(posts.every((request) => request.csrf === "token-1")).toBe(true);
    await expectAccessible();
  });

  it("shows another employer's staff member, opened by its URL, as not found and none of its data", async () => {
    start(`/staff/${staffMember(9).id}`, {
      ...employerRoutes,
      "GET /api/staff/:id": () => json({ type: "https://skillalliance.org/problems/not-found", status: 404, detail: `no staff member ${staffMember(9).id}` }, 404),
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Not found.");
    expect(within(alert).getByRole("link", { name: "Go to the home page" })).toBeTruthy();
  });

  it("shows a learner's own enrolments with a badge download, and no member-admin navigation", async () => {
    start("/", {
      "GET /bff/session": () => json({ ...memberAdmin, roles: ["learner"], staffId: staffMember(1).id }),
      "GET /api/enrolments": () =>
        json(page([{ id: "e1", courseId: COURSE, cohortId: COHORT, status: "COMPLETED", requestedAt: "2026-11-02T09:00:00Z", credential: "urn:uuid:1", outcome: { attendedHours: 32, credentialAwarded: true } }])),
      "GET /api/courses/:id": () => json({ id: COURSE, title: "Hydraulic schematics" }),
      "GET /api/cohorts/:id": () => json({ id: COHORT, startDate: "2027-02-01", endDate: "2027-02-05" }),
      "GET /api/me/consents": () => json([]),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "My learning" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Download the Open Badge for Hydraulic schematics" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual(["Home"]);
    expect(screen.getByRole("link", { name: "Notifications" }).getAttribute("href")).toBe("/notifications");
    await waitFor(() => expect(screen.getByRole("row", { name: /Completed/ }).textContent).toContain("32 hours attended"));
    await expectAccessible();
  });

  it("lists a person's notifications, marks one read, and saves the kinds turned off", async () => {
    let read = false;
    let saved: unknown = null;
    const gateway = start("/notifications", {
      "GET /bff/session": () => json({ ...memberAdmin, roles: ["learner"], staffId: staffMember(1).id }),
      "GET /api/notifications": () =>
        json(page([
          { id: "n2", kind: "enrolment-promoted", subject: "A place in Hydraulics is now yours", text: "A place in Hydraulics has come free.", createdAt: "2026-12-01T09:00:00Z", readAt: read ? "2026-12-02T09:00:00Z" : undefined },
          { id: "n1", kind: "enrolment-waitlisted", subject: "You are on the waitlist for Hydraulics", text: "You are number 2.", createdAt: "2026-11-30T09:00:00Z", readAt: "2026-11-30T10:00:00Z" },
        ])),
      "POST /api/notifications/:id/read": () => {
        read = true;
        return json({ id: "n2", readAt: "2026-12-02T09:00:00Z" });
      },
      "GET /api/notifications/preferences": () =>
        json({ language: "de", languageDefault: true, muted: [], kinds: ["enrolment-confirmed", "enrolment-promoted", "cohort-starting"] }),
      "PUT /api/notifications/preferences": async (request) => {
        saved = await request.json();
        return json({ language: "en", languageDefault: false, muted: ["cohort-starting"], kinds: ["enrolment-confirmed", "enrolment-promoted", "cohort-starting"] });
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Notifications" })).toBeTruthy();
    expect(await screen.findByRole("heading", { level: 3, name: "New A place in Hydraulics is now yours" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Mark read: A place in Hydraulics is now yours" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: /^Mark read/ })).toBeNull());
    expect(gateway.requests.find((request) => request.method === "POST")?.csrf).toBe("token-1");

    fireEvent.click(await screen.findByRole("checkbox", { name: "A course starting within a week" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Language of messages" }), { target: { value: "en" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved.")).toBeTruthy();
    expect(saved).toEqual({ language: "en", muted: ["cohort-starting"] });
    await expectAccessible();
  });
});
