// The funder's programmes as a list filter (programmeId), shared by the applications, awards and claims pages.
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { SelectField } from "../../components/Form";
import { t } from "../../i18n";

export function useFunderProgrammes(funderId: string) {
  return useQuery({
    queryKey: ["programmes", funderId, "all"],
    queryFn: () => unwrap(api.funding.GET("/api/programmes", { params: { query: { funderId, size: 200 } } })),
    enabled: funderId !== "",
    staleTime: 30_000,
  });
}

export function ProgrammeFilter({ funderId, value, onChange }: { funderId: string; value: string; onChange: (programmeId: string) => void }) {
  const programmes = useFunderProgrammes(funderId);
  return (
    <SelectField label={t.funder.programme} name="programmeId" value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t.common.all}</option>
      {(programmes.data?.items ?? []).map((programme) => (
        <option key={programme.id} value={programme.id}>
          {programme.name}
        </option>
      ))}
    </SelectField>
  );
}
