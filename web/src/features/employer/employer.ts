// The employer a member-admin acts for (the session's organisationId) and the alliances it is a member of (its ACTIVE
// or SUSPENDED memberships): the scope of every member-admin page.
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { api, unwrap } from "../../api/http";
import { useSessionData } from "../../session/SessionContext";

export function useEmployerId(): string | null {
  return useSessionData().organisationId;
}

export function useEmployerAlliances(employerId: string | null) {
  return useQuery({
    queryKey: ["memberships", "of", employerId],
    queryFn: async () => {
      const page = await unwrap(api.member.GET("/api/memberships", { params: { query: { organisationId: employerId ?? "", size: 200 } } }));
      return (page.items ?? []).filter((membership) => membership.status === "ACTIVE" || membership.status === "SUSPENDED");
    },
    enabled: employerId !== null,
    staleTime: 300_000,
  });
}

/** The alliance chosen with ?allianceId=, or the employer's first one. */
export function useChosenAlliance(alliances: Array<{ allianceId?: string }> | undefined) {
  const [params, setParams] = useSearchParams();
  const chosen = params.get("allianceId") ?? alliances?.[0]?.allianceId ?? undefined;
  const choose = (allianceId: string) => {
    const next = new URLSearchParams(params);
    next.set("allianceId", allianceId);
    setParams(next);
  };
  return { allianceId: chosen, choose };
}
