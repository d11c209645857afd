// The field that chooses one of the cohorts the employer's staff are enrolled in (useEnrolledCohorts), each named by
// its course and dates, after a first option that chooses none (all cohorts, or "choose a cohort").
import type { ChangeEvent } from "react";
import { SelectField } from "../../components/Form";
import type { EnrolledCohort } from "./enrolledCohorts";

export function EnrolledCohortSelect({ cohorts, label, name, none, value, onChange, hint, problem, required }: {
  cohorts: EnrolledCohort[];
  label: string;
  name: string;
  /** the first option's text: the choice of none */
  none: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  hint?: string;
  problem?: unknown;
  required?: boolean;
}) {
  return (
    <SelectField label={label} name={name} hint={hint} problem={problem} required={required} value={value} onChange={onChange}>
      <option value="">{none}</option>
      {cohorts.map((cohort) => (
        <option key={cohort.id} value={cohort.id}>
          {cohort.label}
        </option>
      ))}
    </SelectField>
  );
}
