// The one way the web app calls the gateway: same-origin fetch with the session cookie; every state-changing call
// carries the XSRF-TOKEN cookie's value in X-XSRF-TOKEN (the gateway refuses it otherwise, docs/gateway.md); a failed
// call becomes a ProblemError.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as CurriculumPaths } from "./generated/curriculum-service";
import type { paths as FundingPaths } from "./generated/funding-service";
import type { paths as MemberPaths } from "./generated/member-service";
import type { paths as ReportingPaths } from "./generated/reporting-service";
import { ProblemError, toProblemError } from "./problem";

export const CSRF_COOKIE = "XSRF-TOKEN";
export const CSRF_HEADER = "X-XSRF-TOKEN";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

export type FetchLike = (request: Request) => Promise<Response>;

export interface HttpOptions {
  /** the fetch to call; the browser's by default */
  fetch?: FetchLike;
  /** where relative paths resolve; the page's origin by default */
  baseUrl?: string;
  /** the cookie string to read XSRF-TOKEN from; document.cookie by default */
  cookies?: () => string;
}

export function readCookie(name: string, cookies: string): string | undefined {
  for (const part of cookies.split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function browserCookies(): string {
  return typeof document === "undefined" ? "" : document.cookie;
}

function defaultBaseUrl(): string {
  return typeof window === "undefined" ? "" : window.location.origin;
}

/** Adds the CSRF header to a state-changing request (in place: a copy would have to take over the body stream). */
export function withCsrf(request: Request, cookies: string): Request {
  if (!isStateChanging(request.method)) return request;
  const token = readCookie(CSRF_COOKIE, cookies);
  if (token !== undefined) request.headers.set(CSRF_HEADER, token);
  return request;
}

export async function problemOf(response: Response): Promise<ProblemError> {
  const text = await response.text().catch(() => "");
  let body: unknown = undefined;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return toProblemError(response.status, body, response.statusText);
}

export interface Api {
  member: Client<MemberPaths>;
  curriculum: Client<CurriculumPaths>;
  funding: Client<FundingPaths>;
  reporting: Client<ReportingPaths>;
  /** a raw call through the same rules (CSRF, credentials, problems): uploads and downloads */
  send(path: string, init?: RequestInit): Promise<Response>;
}

export function createApi(options: HttpOptions = {}): Api {
  const doFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const cookies = options.cookies ?? browserCookies;
  const baseUrl = options.baseUrl ?? defaultBaseUrl();
  const csrf: Middleware = {
    onRequest({ request }) {
      return withCsrf(request, cookies());
    },
  };
  const clientOptions = {
    baseUrl,
    credentials: "same-origin" as const,
    fetch: (request: Request) => doFetch(request),
  };
  const member = createClient<MemberPaths>(clientOptions);
  const curriculum = createClient<CurriculumPaths>(clientOptions);
  const funding = createClient<FundingPaths>(clientOptions);
  const reporting = createClient<ReportingPaths>(clientOptions);
  for (const client of [member, curriculum, funding, reporting] as Array<Client<object>>) client.use(csrf);
  return {
    member,
    curriculum,
    funding,
    reporting,
    async send(path, init = {}) {
      const request = withCsrf(new Request(new URL(path, baseUrl || "http://localhost"), { credentials: "same-origin", ...init }), cookies());
      const response = await doFetch(request);
      if (!response.ok) throw await problemOf(response);
      return response;
    },
  };
}

/** The data of an openapi-fetch answer, or its problem thrown as a ProblemError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw toProblemError(response.status, error, response.statusText);
  return data as T;
}

export const api: Api = createApi();
