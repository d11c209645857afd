// The signed-in session for the pages below the shell (they render only once it is known).
import { createContext, useContext, type ReactNode } from "react";
import type { Session } from "./session";

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSessionData(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSessionData outside the signed-in shell");
  return session;
}
