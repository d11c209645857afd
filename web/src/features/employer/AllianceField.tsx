// The alliance a new item belongs to (a plan of learning at work, a workshop), chosen among the employer's active
// memberships; the API's reason for `allianceId` (not an active member) shows at it.
import { SelectField } from "../../components/Form";
import { t } from "../../i18n";
import { AllianceOption } from "./AllianceChoice";
import { useEmployerAlliances } from "./employer";

export function useActiveAllianceIds(employerId: string): string[] {
  const memberships = useEmployerAlliances(employerId);
  const active = (memberships.data ?? []).filter((membership) => membership.status === "ACTIVE");
  return [...new Set(active.map((membership) => membership.allianceId).filter((id): id is string => id !== undefined))];
}

export function AllianceField({ allianceIds, value, onChange, problem }: { allianceIds: string[]; value: string; onChange: (id: string) => void; problem: unknown }) {
  return (
    <SelectField label={t.employer.alliance} name="allianceId" problem={problem} required value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t.workplace.chooseAlliance}</option>
      {allianceIds.map((id) => (
        <AllianceOption key={id} allianceId={id} />
      ))}
    </SelectField>
  );
}
