// Scheduling a cohort of a published course (POST /api/cohorts), organised by the coordinator's association. The
// cost is typed in the currency's major units and sent in minor units; every rule (dates, capacity, quota) is the API's.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { ProblemError } from "../../api/problem";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { moneyToMinor, wholeNumber } from "../../format/decimalInput";
import { t } from "../../i18n";

type Cohort = components["schemas"]["CohortResponse"];
type CohortRequest = components["schemas"]["CohortRequest"];
type Pricing = CohortRequest["cost"]["pricing"];

const EMPTY = {
  courseId: "",
  startDate: "",
  endDate: "",
  enrolmentOpens: "",
  enrolmentCloses: "",
  capacity: "",
  minParticipants: "0",
  seatQuotaPerEmployer: "",
  pricing: "PER_SEAT" as Pricing,
  amount: "",
  currency: "EUR",
};
type Values = typeof EMPTY;

const FIELDS = [
  "courseId",
  "organiserId",
  "providerId",
  "startDate",
  "endDate",
  "enrolmentOpens",
  "enrolmentCloses",
  "capacity",
  "minParticipants",
  "seatQuotaPerEmployer",
  "cost",
  "cost.pricing",
  "cost.amountMinor",
  "cost.currency",
];

/** The form into the request, or a problem naming the fields whose text is no number (shown like the API's). */
export function toCohortRequest(values: Values, organiserId: string): CohortRequest | ProblemError {
  const errors: { field: string; reason: string }[] = [];
  const number = (field: string, text: string) => {
    const parsed = wholeNumber(text);
    if (!parsed.ok) errors.push({ field, reason: t.pages.parse[parsed.problem] });
    return parsed.ok ? parsed.value : undefined;
  };
  const amount = moneyToMinor(values.amount, values.currency.trim().toUpperCase());
  if (!amount.ok) errors.push({ field: "cost.amountMinor", reason: t.pages.parse[amount.problem] });
  const capacity = number("capacity", values.capacity);
  const minParticipants = number("minParticipants", values.minParticipants);
  const quota = number("seatQuotaPerEmployer", values.seatQuotaPerEmployer);
  if (errors.length > 0) return new ProblemError(400, { errors }, "");
  const request = {
    courseId: values.courseId,
    organiserId,
    startDate: values.startDate,
    endDate: values.endDate,
    enrolmentOpens: values.enrolmentOpens,
    enrolmentCloses: values.enrolmentCloses,
    capacity,
    minParticipants,
    cost: { pricing: values.pricing, amountMinor: amount.ok ? amount.value : undefined, currency: values.currency.trim().toUpperCase() },
    ...(quota === undefined ? {} : { seatQuotaPerEmployer: quota }),
  };
  // blanks stay missing, so the API names them as required
  return request as CohortRequest;
}

export function CohortForm({
  allianceId,
  organiserId,
  currency,
  onDone,
}: {
  allianceId: string;
  organiserId: string;
  currency?: string;
  onDone: (cohort: Cohort) => void;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({ ...EMPTY, currency: currency ?? EMPTY.currency });
  const courses = useQuery({
    queryKey: ["courses", "published", allianceId],
    queryFn: () => unwrap(api.curriculum.GET("/api/courses", { params: { query: { allianceId, status: "PUBLISHED", size: 200 } } })),
  });
  const schedule = useMutation({
    mutationFn: async (form: Values) => {
      const request = toCohortRequest(form, organiserId);
      if (request instanceof ProblemError) throw request;
      return unwrap(api.curriculum.POST("/api/cohorts", { body: request }));
    },
    onSuccess: (cohort) => {
      void queryClient.invalidateQueries({ queryKey: ["cohorts"] });
      onDone(cohort);
    },
  });
  const f = t.coordinator.cohortForm;
  const set = (name: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const problem = schedule.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    schedule.mutate(values);
  };
  const date = (name: keyof Values, label: string) => (
    <TextField label={label} name={name} type="date" problem={problem} required value={values[name]} onChange={set(name)} />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={f.title}>
      <FormProblem problem={problem} fields={FIELDS} />
      <SelectField label={f.course} name="courseId" problem={problem} required value={values.courseId} onChange={set("courseId")} hint={f.courseHint}>
        <option value="">{t.pages.choose}</option>
        {(courses.data?.items ?? []).map((course) => (
          <option key={course.id} value={course.id}>
            {course.code} – {course.title}
          </option>
        ))}
      </SelectField>
      {date("enrolmentOpens", f.enrolmentOpens)}
      {date("enrolmentCloses", f.enrolmentCloses)}
      {date("startDate", f.startDate)}
      {date("endDate", f.endDate)}
      <TextField label={f.capacity} name="capacity" inputMode="numeric" problem={problem} required value={values.capacity} onChange={set("capacity")} />
      <TextField
        label={f.minParticipants}
        name="minParticipants"
        inputMode="numeric"
        problem={problem}
        required
        value={values.minParticipants}
        onChange={set("minParticipants")}
      />
      <TextField
        label={f.seatQuota}
        name="seatQuotaPerEmployer"
        inputMode="numeric"
        hint={f.seatQuotaHint}
        problem={problem}
        value={values.seatQuotaPerEmployer}
        onChange={set("seatQuotaPerEmployer")}
      />
      <SelectField label={f.pricing} name="cost.pricing" problem={problem} required value={values.pricing} onChange={set("pricing")}>
        <option value="PER_SEAT">{f.pricings.PER_SEAT}</option>
        <option value="TOTAL">{f.pricings.TOTAL}</option>
      </SelectField>
      <TextField
        label={f.amount}
        name="cost.amountMinor"
        inputMode="decimal"
        hint={f.amountHint}
        problem={problem}
        required
        value={values.amount}
        onChange={set("amount")}
      />
      <TextField label={f.currency} name="cost.currency" problem={problem} required maxLength={3} value={values.currency} onChange={set("currency")} />
      <button type="submit" className="primary" disabled={schedule.isPending}>
        {schedule.isPending ? t.common.saving : f.submit}
      </button>
    </form>
  );
}
