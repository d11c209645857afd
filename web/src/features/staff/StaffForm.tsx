// Add or edit a staff member. Controlled fields, so a refused submit keeps what was typed; each reason of the API's
// problem shows at the field it names.
import { useState, type FormEvent } from "react";
import type { components } from "../../api/generated/member-service";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { t } from "../../i18n";

type Staff = components["schemas"]["StaffResponse"];
export type StaffFields = components["schemas"]["StaffUpdateRequest"];

const GENDERS = ["FEMALE", "MALE", "NON_BINARY", "UNDISCLOSED"] as const;
const AGE_BANDS = ["UNDER_25", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_64", "AGE_65_PLUS"] as const;
export const STAFF_FORM_FIELDS = ["firstName", "lastName", "email", "jobRoleIsco", "employmentStart", "gender", "ageBand", "consentToReporting"] as const;

interface Values {
  firstName: string;
  lastName: string;
  email: string;
  jobRoleIsco: string;
  employmentStart: string;
  gender: string;
  ageBand: string;
  consentToReporting: boolean;
}

function valuesOf(staff: Staff | undefined): Values {
  return {
    firstName: staff?.firstName ?? "",
    lastName: staff?.lastName ?? "",
    email: staff?.email ?? "",
    jobRoleIsco: staff?.jobRoleIsco ?? "",
    employmentStart: staff?.employmentStart ?? "",
    gender: staff?.gender ?? "",
    ageBand: staff?.ageBand ?? "",
    consentToReporting: staff?.consentToReporting ?? false,
  };
}

/** The body: empty optional fields are left out rather than sent as "" (which the API refuses for a date or enum). */
function bodyOf(values: Values): StaffFields {
  const body: StaffFields = { consentToReporting: values.consentToReporting };
  if (values.firstName !== "") body.firstName = values.firstName;
  if (values.lastName !== "") body.lastName = values.lastName;
  if (values.email !== "") body.email = values.email;
  if (values.jobRoleIsco !== "") body.jobRoleIsco = values.jobRoleIsco;
  if (values.employmentStart !== "") body.employmentStart = values.employmentStart;
  if (values.gender !== "") body.gender = values.gender as StaffFields["gender"];
  if (values.ageBand !== "") body.ageBand = values.ageBand as StaffFields["ageBand"];
  return body;
}

export function StaffForm({ staff, onSubmit, submitting, problem, submitLabel, onCancel }: {
  staff?: Staff;
  onSubmit: (body: StaffFields) => void;
  submitting: boolean;
  problem: unknown;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<Values>(() => valuesOf(staff));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(bodyOf(values));
  };
  const s = t.staff.fields;
  return (
    <form onSubmit={submit} noValidate>
      <FormProblem problem={problem} fields={STAFF_FORM_FIELDS} />
      <TextField label={s.firstName} name="firstName" problem={problem} required value={values.firstName} onChange={(e) => set("firstName", e.target.value)} autoComplete="off" />
      <TextField label={s.lastName} name="lastName" problem={problem} required value={values.lastName} onChange={(e) => set("lastName", e.target.value)} autoComplete="off" />
      <TextField label={s.email} name="email" type="email" problem={problem} required value={values.email} onChange={(e) => set("email", e.target.value)} autoComplete="off" />
      <TextField label={s.jobRoleIsco} name="jobRoleIsco" hint={s.jobRoleIscoHint} problem={problem} value={values.jobRoleIsco} onChange={(e) => set("jobRoleIsco", e.target.value)} />
      <TextField label={s.employmentStart} name="employmentStart" type="date" problem={problem} value={values.employmentStart} onChange={(e) => set("employmentStart", e.target.value)} />
      <SelectField label={s.gender} name="gender" problem={problem} value={values.gender} onChange={(e) => set("gender", e.target.value)}>
        <option value="">{t.common.none}</option>
        {GENDERS.map((gender) => (
          <option key={gender} value={gender}>
            {t.staff.gender[gender]}
          </option>
        ))}
      </SelectField>
      <SelectField label={s.ageBand} name="ageBand" problem={problem} value={values.ageBand} onChange={(e) => set("ageBand", e.target.value)}>
        <option value="">{t.common.none}</option>
        {AGE_BANDS.map((band) => (
          <option key={band} value={band}>
            {t.staff.ageBand[band]}
          </option>
        ))}
      </SelectField>
      <div className="field field-check">
        <label>
          <input type="checkbox" name="consentToReporting" checked={values.consentToReporting} onChange={(e) => set("consentToReporting", e.target.checked)} /> {s.consentToReporting}
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={submitting}>
          {submitting ? t.common.saving : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t.common.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
