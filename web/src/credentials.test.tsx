// @vitest-environment jsdom
// Credentials anyone can verify and the ESCO import (issue 20, api20.md), against the fake gateway: the public page
// /verify works without a session (the session is not even asked for), posts the pasted credential and shows each
// check and the result; the learner downloads an enrolment's credential signed as VC-JWT; the alliance-admin imports
// an ESCO file and sees the counts, or the refused line with its field. axe-core checks each screen.
import { cleanup, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectAccessible, renderApp } from "./test/appHarness";
import { json, page } from "./test/fakeGateway";

configure({ asyncUtilTimeout: 10_000 });
vi.mock("./components/EChart", () => ({ default: () => null }));

const JWS = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJ2YyI6e319.c2lnbmF0dXJl";
const checks = (statusPassed: boolean) => [
  { check: "signature", passed: true, detail: "RS256 signature verified with key k1" },
  { check: "issuer", passed: true, detail: "issued by Metal Valley" },
  { check: "validity", passed: true, detail: "valid from 2026-12-07" },
  { check: "status", passed: statusPassed, detail: statusPassed ? "not revoked" : "revoked on 2026-12-08" },
];

beforeEach(() => {
  document.cookie = "XSRF-TOKEN=token-v";
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the public page /verify", { timeout: 30_000 }, () => {
  it("verifies a pasted credential without signing in and shows each check", async () => {
    const gateway = renderApp("/verify", {
      "POST /api/credentials/verify": () =>
        json({
          verified: true,
          revoked: false,
          checks: checks(true),
          credential: { issuer: { name: "Metal Valley" }, validFrom: "2026-12-07T00:00:00Z", credentialSubject: { achievement: { name: "Hydraulic maintenance, level 3" } } },
        }),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Verify a credential" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Sign in" })).toBeNull();
    await expectAccessible();
    fireEvent.change(screen.getByLabelText(/^Credential \(VC-JWT\)/), { target: { value: JWS } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    const result = await screen.findByRole("region", { name: "Result" });
    expect(within(result).getByRole("status").textContent).toBe("Verified: every check passed and the credential is not revoked.");
    const table = within(result).getByRole("table", { name: "Checks made" });
    expect(within(table).getAllByRole("row").slice(1).map((row) => row.textContent)).toEqual([
      "SignaturePassedRS256 signature verified with key k1",
      "IssuerPassedissued by Metal Valley",
      "ValidityPassedvalid from 2026-12-07",
      "Revocation statusPassednot revoked",
    ]);
    expect(within(result).getByText("Achievement").nextElementSibling?.textContent).toBe("Hydraulic maintenance, level 3");
    expect(within(result).getByText("Issued by").nextElementSibling?.textContent).toBe("Metal Valley");
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.path).toBe("/api/credentials/verify");
    expect(JSON.parse(post?.body ?? "")).toEqual({ credential: JWS });
    // nobody is signed in and nobody is asked to: the session is never read on this page
    expect(gateway.requests.some((request) => request.path === "/bff/session")).toBe(false);
    expect(gateway.unrouted).toEqual([]);
    await expectAccessible();
  });

  it("says a revoked credential is revoked, a failed check failed, and an empty paste's reason at the field", async () => {
    renderApp("/verify", {
      "POST /api/credentials/verify": async (request) => {
        const body = JSON.parse(await request.text());
        if (body.credential === "") return json({ type: "https://skillalliance.org/problems/validation", status: 400, errors: [{ field: "credential", reason: "must not be empty" }] }, 400);
        if (body.credential === "not a jws") return json({ verified: false, revoked: false, checks: [{ check: "signature", passed: false, detail: "not a compact JWS" }], credential: null });
        return json({ verified: false, revoked: true, checks: checks(false), credential: null });
      },
    });
    const field = await screen.findByLabelText(/^Credential \(VC-JWT\)/);
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(field.getAttribute("aria-describedby")?.split(" ").at(-1) ?? "")?.textContent).toBe("must not be empty");
    fireEvent.change(field, { target: { value: JWS } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    const result = await screen.findByRole("region", { name: "Result" });
    await waitFor(() => expect(within(result).getByRole("status").textContent).toBe("Revoked: the issuer has withdrawn this credential."));
    expect(within(result).getByRole("row", { name: /Revocation status/ }).textContent).toBe("Revocation statusFailedrevoked on 2026-12-08");
    fireEvent.change(field, { target: { value: "not a jws" } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Result" })).getByRole("status").textContent).toBe("Not verified: at least one check failed. Do not rely on this credential."));
    expect(within(screen.getByRole("region", { name: "Result" })).getByRole("row", { name: /Signature/ }).textContent).toBe("SignatureFailednot a compact JWS");
    await expectAccessible();
  });
});

describe("the learner's signed credential", { timeout: 30_000 }, () => {
  it("downloads an enrolment's credential signed as VC-JWT beside the JSON badge", async () => {
    URL.createObjectURL = vi.fn(() => "blob:jwt");
    URL.revokeObjectURL = vi.fn();
    const COURSE = "c0c00000-0000-4000-8000-000000000020";
    const gateway = renderApp("/", {
      "GET /bff/session": () => json({ username: "lea", name: "Lea", email: null, roles: ["learner"], organisationId: null, staffId: "5aff0000-0000-4000-8000-000000000029" }),
      "GET /api/enrolments": () => json(page([{ id: "en-1", courseId: COURSE, cohortId: "co-1", status: "COMPLETED", requestedAt: "2026-11-02T09:00:00Z", credential: "urn:uuid:1", outcome: { credentialAwarded: true } }])),
      "GET /api/courses/:id": () => json({ id: COURSE, title: "Hydraulic schematics" }),
      "GET /api/cohorts/:id": () => json({ id: "co-1", startDate: "2027-02-01", endDate: "2027-02-05" }),
      "GET /api/me/consents": () => json([]),
      "GET /api/enrolments/:id/credential": (request) => new Response(`${JWS}\n`, { headers: { "Content-Type": request.headers.get("Accept") ?? "" } }),
    });
    expect(await screen.findByRole("button", { name: "Download the Open Badge for Hydraulic schematics" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Download the credential for Hydraulic schematics signed as VC-JWT" }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    expect(await (vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob).text()).toBe(JWS);
    const asked = gateway.requests.find((request) => request.path === "/api/enrolments/en-1/credential");
    expect(asked?.method).toBe("GET");
    await expectAccessible();
  });
});

describe("the alliance-admin's ESCO import", { timeout: 30_000 }, () => {
  const admin = () => json({ username: "admin", name: "Ada Admin", email: null, roles: ["alliance-admin"], organisationId: null, staffId: null });

  it("uploads the ESCO skills file as CSV and shows the counts", async () => {
    let contentType: string | null = null;
    const gateway = renderApp("/admin/esco-import", {
      "GET /bff/session": admin,
      "POST /api/skills/esco-import": (request) => {
        contentType = request.headers.get("Content-Type");
        return json({ kind: "occupations", read: 41, inserted: 0, updated: 2, unchanged: 39 });
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "ESCO import" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^What the file holds/), { target: { value: "occupations" } });
    const csv = new File(["conceptType,conceptUri,preferredLabel\n"], "occupations_en.csv", { type: "text/csv" });
    fireEvent.change(screen.getByLabelText("CSV file"), { target: { files: [csv] } });
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const status = await screen.findByText("Occupations imported.");
    const figures = status.parentElement as HTMLElement;
    expect(within(figures).getAllByRole("term").map((term) => `${term.textContent}=${term.nextElementSibling?.textContent}`)).toEqual(["Rows read=41", "Inserted=0", "Updated=2", "Unchanged=39"]);
    const post = gateway.requests.find((request) => request.method === "POST");
    expect(post?.search).toBe("?kind=occupations");
    expect(post?.csrf).toBe("token-v");
    // the file itself is the body, as the browser streams it (jsdom's File does not reach the fake's reader)
    expect(contentType).toBe("text/csv");
    await expectAccessible();
  });

  it("shows the refused line and its field, nothing imported", async () => {
    renderApp("/admin/esco-import", {
      "GET /bff/session": admin,
      "POST /api/skills/esco-import": () =>
        // as curriculum's skill.EscoCsv refuses a row: the reason starts with the line, which the problem carries as `line`
        json({ type: "https://skillalliance.org/problems/validation", title: "Invalid request", status: 400, detail: "conceptUri: line 7: 'http://example.org/skill/1' is not an ESCO skills URI (http://data.europa.eu/esco/skill/ and an id, at most 100 characters)", line: 7, errors: [{ field: "conceptUri", reason: "line 7: 'http://example.org/skill/1' is not an ESCO skills URI (http://data.europa.eu/esco/skill/ and an id, at most 100 characters)" }] }, 400),
    });
    await screen.findByRole("heading", { level: 1, name: "ESCO import" });
    fireEvent.change(screen.getByLabelText("CSV file"), { target: { files: [new File(["x"], "skills_en.csv", { type: "text/csv" })] } });
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect((await screen.findByText(/^Line 7 of the file was refused/)).textContent).toBe("Line 7 of the file was refused; nothing was imported. Correct it and import the file again.");
    expect(within(screen.getByRole("form", { name: "ESCO import" })).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["conceptUri: line 7: 'http://example.org/skill/1' is not an ESCO skills URI (http://data.europa.eu/esco/skill/ and an id, at most 100 characters)"]);
    await expectAccessible();
  });
});
