// @vitest-environment jsdom
// The learner's consent panel and data download on "My learning", against the fake gateway: what it shows of the
// consent (state, text, version, history), what giving and withdrawing send (after a confirmation, with the CSRF
// header), a refusal's reason, and the plain download link; axe-core checks the page.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, createQueryClient } from "../../App";
import { fakeGateway, json, page, type Handler } from "../../test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("../../components/EChart", () => ({ default: () => null }));

const EMPLOYER = "5b9b0c8e-5b0e-4a4e-9a55-7a3c5a1f2b22";
const STAFF = "00000000-0000-4000-8000-000000000001";
const learner = { username: "jo", name: "Jo Learner", email: "jo@acme.example", roles: ["learner"], organisationId: EMPLOYER, staffId: STAFF };
const texts = { en: "I agree that my training outcomes are counted in the reports.", de: "Ich bin einverstanden, dass meine Ergebnisse gezählt werden." };

function consent(given: boolean, history: Array<{ given: boolean; textVersion: string | null; recordedBy: string; recordedAt: string }>) {
  return { purpose: "OUTCOME_REPORTING", given, gender: given ? "FEMALE" : null, ageBand: null, textVersion: "2026-12", texts, history };
}

function start(routes: Record<string, Handler>) {
  const gateway = fakeGateway({
    "GET /bff/session": () => json(learner),
    "GET /api/enrolments": () => json(page([])),
    ...routes,
  });
  vi.stubGlobal("fetch", gateway.fetch);
  window.history.pushState({}, "", "/");
  render(<App queryClient={createQueryClient()} />);
  return gateway;
}

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-9";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the learner's consent and data", { timeout: 30_000 }, () => {
  it("gives consent after a confirmation, with the version shown and the gender chosen, and shows the history", async () => {
    let given = false;
    let sent: unknown = null;
    const employerRow = { given: true, textVersion: null, recordedBy: "EMPLOYER", recordedAt: "2026-10-01T08:00:00Z" };
    const withdrawnRow = { given: false, textVersion: "2026-12", recordedBy: "LEARNER", recordedAt: "2026-11-01T08:00:00Z" };
    const gateway = start({
      "GET /api/me/consents": () => json([given ? consent(true, [employerRow, withdrawnRow, { given: true, textVersion: "2026-12", recordedBy: "LEARNER", recordedAt: "2026-12-06T08:00:00Z" }]) : consent(false, [employerRow, withdrawnRow])]),
      "POST /api/me/consents": async (request) => {
        sent = await request.json();
        given = true;
        return json(consent(true, []));
      },
    });
    const panel = await screen.findByRole("region", { name: "Consent to outcome reporting" });
    expect(await within(panel).findByText("You have not agreed to be counted in the reports.")).toBeTruthy();
    expect(within(panel).getByText(texts.en)).toBeTruthy();
    expect(within(panel).getByText("Version 2026-12 of the text.")).toBeTruthy();
    expect(within(panel).getAllByRole("row").map((row) => row.textContent)).toEqual([
      "WhenChangeText versionRecorded by",
      expect.stringMatching(/Withdrawn2026-12You$/),
      expect.stringMatching(/Given—Your employer$/),
    ]);

    fireEvent.change(within(panel).getByLabelText("Gender"), { target: { value: "FEMALE" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Give consent" }));
    expect(sent).toBeNull();
    const confirm = within(panel).getByRole("alertdialog");
    expect(confirm.textContent).toContain("version 2026-12");
    await expectAccessible();
    fireEvent.click(within(confirm).getByRole("button", { name: "Yes, I agree" }));

    expect(await within(panel).findByText("You agree to be counted in the reports.")).toBeTruthy();
    expect(sent).toEqual({ purpose: "OUTCOME_REPORTING", given: true, textVersion: "2026-12", gender: "FEMALE" });
    const post = gateway.requests.find((r) => r.method === "POST" && r.path === "/api/me/consents");
    expect(post?.csrf).toBe("token-9");
    expect(within(panel).getByRole("button", { name: "Withdraw consent" })).toBeTruthy();
  });

  it("withdraws consent only once confirmed, cancels without sending, and shows a refusal's reason", async () => {
    const posts: unknown[] = [];
    start({
      "GET /api/me/consents": () => json([consent(true, [])]),
      "POST /api/me/consents": async (request) => {
        posts.push(await request.json());
        return json({ type: "https://skillalliance.org/problems/rule-violation", status: 422, title: "Refused by a business rule", detail: "textVersion: the consent text is now version 2027-01", errors: [{ field: "textVersion", reason: "the consent text is now version 2027-01, not 2026-12; show it and ask again" }] }, 422);
      },
    });
    const panel = await screen.findByRole("region", { name: "Consent to outcome reporting" });
    expect(await within(panel).findByText("No changes recorded yet.")).toBeTruthy();
    fireEvent.click(await within(panel).findByRole("button", { name: "Withdraw consent" }));
    fireEvent.click(within(panel).getByRole("button", { name: "Cancel" }));
    expect(posts).toEqual([]);
    fireEvent.click(within(panel).getByRole("button", { name: "Withdraw consent" }));
    fireEvent.click(within(panel).getByRole("button", { name: "Yes, withdraw" }));
    await waitFor(() => expect(within(panel).getByRole("alert").textContent).toContain("the consent text is now version 2027-01"));
    expect(posts).toEqual([{ purpose: "OUTCOME_REPORTING", given: false, textVersion: "2026-12" }]);
  });

  it("offers the download of everything held as a plain link to the export", async () => {
    start({ "GET /api/me/consents": () => json([consent(false, [])]) });
    const link = await screen.findByRole("link", { name: "Download my data" });
    expect(link.getAttribute("href")).toBe("/api/me/export");
    expect(link.hasAttribute("download")).toBe(true);
  });
});

async function expectAccessible() {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
}
