import { describe, expect, it } from "vitest";
import { CSRF_HEADER, createApi, readCookie, unwrap } from "./http";
import { ProblemError } from "./problem";

/** A fetch that records the requests and answers each with the next given response. */
function fakeFetch(...answers: Array<() => Response>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request ${request.method} ${request.url}`);
    return answer();
  };
  return { fetch, requests };
}

const json = (status: number, body: unknown, type = "application/json") => () =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

const cookies = () => "SESSION_HINT=1; XSRF-TOKEN=4f1c%2Bab; other=x";
const staffId = "0b0f4a36-8f0c-4f59-9c53-0d6a1e0a6a11";
const employerId = "5b9b0c8e-5b0e-4a4e-9a55-7a3c5a1f2b22";

describe("the typed client", () => {
  it("reads the XSRF-TOKEN cookie", () => {
    expect(readCookie("XSRF-TOKEN", cookies())).toBe("4f1c+ab");
    expect(readCookie("XSRF-TOKEN", "")).toBeUndefined();
  });

  it("sends the CSRF header on a POST, PUT and DELETE, and not on a GET", async () => {
    const { fetch, requests } = fakeFetch(
      json(200, { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
      json(201, { id: staffId }),
      json(200, { id: staffId }),
      () => new Response(null, { status: 204 }),
    );
    const api = createApi({ fetch, baseUrl: "http://localhost", cookies });

    await unwrap(api.member.GET("/api/staff", { params: { query: { employerId, page: 0, size: 20 } } }));
    await unwrap(api.member.POST("/api/staff", { body: { employerId, firstName: "Ada", lastName: "Byron", email: "ada@example.org" } }));
    await unwrap(api.member.PUT("/api/staff/{id}", { params: { path: { id: staffId } }, body: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.org" } }));
    await unwrap(api.member.DELETE("/api/staff/{id}", { params: { path: { id: staffId } } }));

    expect(requests.map((request) => [request.method, new URL(request.url).pathname + new URL(request.url).search, request.headers.get(CSRF_HEADER)])).toEqual([
      ["GET", `/api/staff?employerId=${employerId}&page=0&size=20`, null],
      ["POST", "/api/staff", "4f1c+ab"],
      ["PUT", `/api/staff/${staffId}`, "4f1c+ab"],
      ["DELETE", `/api/staff/${staffId}`, "4f1c+ab"],
    ]);
    expect(requests.every((request) => request.credentials === "same-origin")).toBe(true);
  });

  it("sends the CSRF header on a raw upload too, and no header when there is no cookie", async () => {
    const { fetch, requests } = fakeFetch(json(200, { rows: [] }), json(200, { rows: [] }));
    const withCookie = createApi({ fetch, baseUrl: "http://localhost", cookies });
    const withoutCookie = createApi({ fetch, baseUrl: "http://localhost", cookies: () => "" });
    const form = () => {
      const body = new FormData();
      body.append("file", new Blob(["firstName,lastName\n"], { type: "text/csv" }), "staff.csv");
      return body;
    };
    await withCookie.send(`/api/staff/import?employerId=${employerId}`, { method: "POST", body: form() });
    await withoutCookie.send(`/api/staff/import?employerId=${employerId}`, { method: "POST", body: form() });
    expect(requests.map((request) => request.headers.get(CSRF_HEADER))).toEqual(["4f1c+ab", null]);
  });

  it("turns a problem+json answer into a ProblemError with the reasons per field", async () => {
    const { fetch } = fakeFetch(
      json(
        400,
        {
          type: "https://skillalliance.org/problems/validation",
          title: "Validation failed",
          status: 400,
          detail: "The request has 2 invalid fields",
          errors: [
            { field: "email", reason: "must be a well-formed email address" },
            { field: "firstName", reason: "must not be blank" },
          ],
        },
        "application/problem+json",
      ),
    );
    const api = createApi({ fetch, baseUrl: "http://localhost", cookies });
    const failure = await unwrap(api.member.POST("/api/staff", { body: { employerId, firstName: "", lastName: "Byron", email: "ada" } })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProblemError);
    const problem = failure as ProblemError;
    expect([problem.status, problem.kind, problem.message]).toEqual([400, "validation", "The request has 2 invalid fields"]);
    expect(problem.fieldErrors).toEqual({ email: "must be a well-formed email address", firstName: "must not be blank" });
  });

  it("turns a refused raw call into a ProblemError, and a 403 without a body too", async () => {
    const { fetch } = fakeFetch(
      json(404, { type: "https://skillalliance.org/problems/not-found", status: 404, detail: "no enrolment x" }, "application/problem+json"),
      () => new Response(null, { status: 403, statusText: "Forbidden" }),
    );
    const api = createApi({ fetch, baseUrl: "http://localhost", cookies });
    const notFound = await api.send("/api/enrolments/x/credential").catch((error: unknown) => error);
    const forbidden = await api.send("/api/staff", { method: "POST" }).catch((error: unknown) => error);
    expect(notFound).toMatchObject({ status: 404, kind: "not-found", message: "no enrolment x" });
    expect(forbidden).toMatchObject({ status: 403, message: "403 Forbidden", fieldErrors: {} });
  });
});
