// The alliance a page is about, when the employer is a member of more than one (most are members of one).
import type { components } from "../../api/generated/member-service";
import { SelectField } from "../../components/Form";
import { t } from "../../i18n";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";

type Membership = components["schemas"]["MembershipResponse"];

export function AllianceOption({ allianceId }: { allianceId: string }) {
  const alliance = useQuery({
    queryKey: ["alliance", allianceId],
    queryFn: () => unwrap(api.member.GET("/api/alliances/{id}", { params: { path: { id: allianceId } } })),
    staleTime: 300_000,
  });
  return <option value={allianceId}>{alliance.data?.name ?? allianceId.slice(0, 8)}</option>;
}

export function AllianceChoice({ memberships, allianceId, onChoose }: { memberships: Membership[] | undefined; allianceId: string | undefined; onChoose: (id: string) => void }) {
  const ids = [...new Set((memberships ?? []).map((membership) => membership.allianceId).filter((id): id is string => id !== undefined))];
  if (ids.length < 2) return null;
  return (
    <SelectField label={t.employer.alliance} name="allianceId" value={allianceId ?? ""} onChange={(event) => onChoose(event.target.value)}>
      {ids.map((id) => (
        <AllianceOption key={id} allianceId={id} />
      ))}
    </SelectField>
  );
}
