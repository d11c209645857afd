// A person of the employer's active staff chosen for a plan (the learner, the mentor); the API's reason for the field
// shows at it (not active, the same person twice).
import { SelectField } from "../../components/Form";
import { t } from "../../i18n";
import { useActiveStaff } from "../shared/lookups";

export function StaffChoice({ employerId, label, name, value, onChange, problem }: { employerId: string; label: string; name: string; value: string; onChange: (id: string) => void; problem: unknown }) {
  const staff = useActiveStaff(employerId);
  return (
    <SelectField label={label} name={name} problem={problem} required value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{staff.isPending ? t.common.loading : t.workplace.choosePerson}</option>
      {(staff.data?.items ?? []).map((member) => (
        <option key={member.id} value={member.id}>
          {`${member.lastName ?? ""}, ${member.firstName ?? ""}`}
        </option>
      ))}
    </SelectField>
  );
}
