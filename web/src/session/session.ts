// The browser's session with the gateway (the backend-for-frontend): GET /bff/session says who is signed in and with
// which roles; 401 means nobody is. Tokens never reach the browser (docs/gateway.md).
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/http";
import { ProblemError } from "../api/problem";

export const ROLES = ["member-admin", "coordinator", "provider", "funder", "learner", "alliance-admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Session {
  username: string;
  name?: string | null;
  email?: string | null;
  roles: string[];
  organisationId: string | null;
  staffId: string | null;
}

export const SIGN_IN_URL = "/oauth2/authorization/keycloak";
export const SIGN_OUT_URL = "/logout";

/** The signed-in session, or null when nobody is signed in (401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const response = await api.send("/bff/session", { headers: { Accept: "application/json" } });
    return (await response.json()) as Session;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: ["bff", "session"], queryFn: fetchSession, staleTime: 60_000, retry: false });
}

export function hasRole(session: Session, role: Role): boolean {
  return session.roles.includes(role) || session.roles.includes("alliance-admin");
}
