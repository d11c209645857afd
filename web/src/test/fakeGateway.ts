// A stand-in for the gateway in component tests: answers fetch by method and path with the given handlers and records
// every request, so a test can check what a page sent (CSRF header, body) as well as what it shows.
export type Handler = (request: Request, url: URL) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" } });

export const page = <T>(items: T[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems, totalPages: Math.max(1, Math.ceil(totalItems / 20)) });

export function fakeGateway(routes: Record<string, Handler>) {
  const requests: Array<{ method: string; path: string; search: string; csrf: string | null; body: string }> = [];
  /** requests no route answered ("GET /api/..."): a test that expects every request routed asserts this is empty */
  const unrouted: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === "GET" ? "" : await request.clone().text();
    requests.push({ method: request.method, path: url.pathname, search: url.search, csrf: request.headers.get("X-XSRF-TOKEN"), body });
    const key = Object.keys(routes).find((pattern) => {
      const [method, path] = pattern.split(" ");
      if (method !== request.method || !path) return false;
      return new RegExp(`^${path.replace(/:[a-zA-Z]+/g, "[^/]+")}$`).test(url.pathname);
    });
    if (!key) unrouted.push(`${request.method} ${url.pathname}`);
    if (!key) return json({ type: "https://skillalliance.org/problems/not-found", status: 404, detail: `no route ${request.method} ${url.pathname}` }, 404);
    return routes[key]!(request, url);
  };
  return { fetch, requests, unrouted };
}
