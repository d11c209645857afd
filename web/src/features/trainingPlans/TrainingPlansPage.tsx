// HR's training plans (docs/funding.md "Training plans and seat rules"): the organisation's filed plans with their due
// and filed dates, and the form that files one (POST /api/training-plans) for a programme that asks for plans, a cohort
// its staff are enrolled in and the staff taking part. Refusals (a plan past its due date, another currency) are shown
// at their fields in the API's words.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { ProblemError } from "../../api/problem";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { ColumnHeads } from "../../components/Table";
import { formatDate, formatMoney, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { ProgrammeName } from "../alliance/names";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { EnrolledCohortSelect } from "../employer/EnrolledCohortSelect";
import { useEnrolledCohorts } from "../employer/enrolledCohorts";
import { CohortDates } from "../shared/Names";
import { StaffChecklist } from "../shared/StaffChecklist";
import { emptyTrainingPlanForm, toTrainingPlanRequest, type TrainingPlanForm } from "./trainingPlanForm";

// the body's fields the form shows at their place; a reason for `currency` (the programme's) is listed above the form
const FORM_FIELDS = ["programmeId", "cohortId", "participantIds", "plannedHours", "costMinor"] as const;

function FiledPlans({ employerId }: { employerId: string }) {
  const paging = usePaging();
  const plans = useQuery({
    queryKey: ["training-plans", employerId, paging.page, paging.size],
    queryFn: () => unwrap(api.funding.GET("/api/training-plans", { params: { query: { employerId, page: paging.page, size: paging.size } } })),
    placeholderData: keepPreviousData,
  });
  const p = t.trainingPlans;
  return (
    <Section title={p.listTitle} id="training-plans">
      <QueryView query={plans}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{p.none}</Empty>
          ) : (
            <>
              <table>
                <caption className="visually-hidden">{p.listTitle}</caption>
                <ColumnHeads
                  columns={[
                    { label: p.programme },
                    { label: p.cohort },
                    { label: p.dueOn },
                    { label: p.filedOn },
                    { label: p.participants, number: true },
                    { label: p.hours, number: true },
                    { label: p.cost, number: true },
                  ]}
                />
                <tbody>
                  {(data.items ?? []).map((plan) => (
                    <tr key={plan.id}>
                      <td>
                        <ProgrammeName id={plan.programmeId} />
                      </td>
                      <td>
                        <Link to={`/cohorts/${plan.cohortId}`}>
                          <CohortDates id={plan.cohortId} />
                        </Link>
                      </td>
                      <td>{formatDate(plan.dueOn)}</td>
                      <td>{formatDate(plan.filedOn)}</td>
                      <td className="number">{formatNumber(plan.participantIds?.length ?? 0)}</td>
                      <td className="number">{plan.plannedHours === undefined ? t.common.none : formatNumber(plan.plannedHours)}</td>
                      <td className="number">{plan.costMinor === undefined || !plan.currency ? t.common.none : formatMoney(plan.costMinor, plan.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
            </>
          )
        }
      </QueryView>
    </Section>
  );
}

/** Open programmes that ask for a training plan (a lead time in their scheme rules); any caller may list open ones. */
function usePlanProgrammes() {
  return useQuery({
    queryKey: ["programmes", "open", "with-plans"],
    queryFn: async () => {
      const programmes = await unwrap(api.funding.GET("/api/programmes", { params: { query: { status: "OPEN", size: 200 } } }));
      return (programmes.items ?? []).filter((programme) => programme.schemeRules?.trainingPlanLeadDays !== undefined && programme.schemeRules.trainingPlanLeadDays !== null);
    },
    staleTime: 60_000,
  });
}

function FilePlan({ employerId }: { employerId: string }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<TrainingPlanForm>(emptyTrainingPlanForm);
  const [filedDue, setFiledDue] = useState<string | null>(null);
  const programmes = usePlanProgrammes();
  const enrolled = useEnrolledCohorts(employerId);
  const currency = programmes.data?.find((programme) => programme.id === form.programmeId)?.currency ?? "";
  const file = useMutation({
    mutationFn: async () => {
      const request = toTrainingPlanRequest(form, employerId, currency);
      if (request instanceof ProblemError) throw request;
      return unwrap(api.funding.POST("/api/training-plans", { body: request }));
    },
    onSuccess: (plan) => {
      setFiledDue(plan.dueOn ?? null);
      setForm(emptyTrainingPlanForm);
      void queryClient.invalidateQueries({ queryKey: ["training-plans"] });
      void queryClient.invalidateQueries({ queryKey: ["subsidy-quote"] });
    },
  });
  const set = (changes: Partial<TrainingPlanForm>) => {
    setFiledDue(null);
    setForm((current) => ({ ...current, ...changes }));
  };
  const toggle = (id: string, on: boolean) => set({ participantIds: on ? [...form.participantIds, id] : form.participantIds.filter((value) => value !== id) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    file.mutate();
  };
  const p = t.trainingPlans;
  const problem = file.error;
  return (
    <Section title={p.fileTitle} id="file-plan">
      <p className="hint">{p.fileHint}</p>
      <QueryView query={programmes}>
        {(planProgrammes) =>
          planProgrammes.length === 0 ? (
            <Empty>{p.noProgrammes}</Empty>
          ) : (
            <form onSubmit={submit} noValidate aria-label={p.fileTitle}>
              <FormProblem problem={problem} fields={FORM_FIELDS} />
              <SelectField label={p.programme} name="programmeId" problem={problem} required value={form.programmeId} onChange={(event) => set({ programmeId: event.target.value })}>
                <option value="">{p.chooseProgramme}</option>
                {planProgrammes.map((programme) => (
                  <option key={programme.id} value={programme.id}>
                    {programme.name}
                  </option>
                ))}
              </SelectField>
              <EnrolledCohortSelect
                cohorts={enrolled.cohorts}
                label={p.cohort}
                name="cohortId"
                none={p.chooseCohort}
                hint={p.cohortHint}
                problem={problem}
                required
                value={form.cohortId}
                onChange={(event) => set({ cohortId: event.target.value })}
              />
              <StaffChecklist employerId={employerId} name="participantIds" legend={p.participantsLegend} empty={p.noStaff} chosen={form.participantIds} onToggle={toggle} problem={problem} />
              <TextField label={p.hours} name="plannedHours" problem={problem} required inputMode="decimal" value={form.plannedHours} onChange={(event) => set({ plannedHours: event.target.value })} />
              <TextField label={currency ? p.costIn(currency) : p.cost} name="costMinor" hint={p.costHint} problem={problem} required inputMode="decimal" value={form.cost} onChange={(event) => set({ cost: event.target.value })} />
              <button type="submit" className="primary" disabled={file.isPending}>
                {file.isPending ? p.filing : p.file}
              </button>
              {filedDue ? (
                <p role="status" className="ok">
                  {p.filed(formatDate(filedDue))}
                </p>
              ) : null}
            </form>
          )
        }
      </QueryView>
    </Section>
  );
}

export function TrainingPlansPage() {
  const employerId = useEmployerId();
  const p = t.trainingPlans;
  if (employerId === null) return <NoEmployer title={p.title} />;
  return (
    <Page title={p.title} intro={p.intro}>
      <FiledPlans employerId={employerId} />
      <FilePlan employerId={employerId} />
    </Page>
  );
}
