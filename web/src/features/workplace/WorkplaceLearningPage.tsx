// HR's learning at work (api20.md, curriculum "learning at work"): the employer's plans of on-the-job training and
// mentoring (GET /api/workplace-learning, kind and status filters in the URL, paged on the server, newest start first)
// and the form that plans one (POST /api/workplace-learning): learner and mentor from the active staff, the skill from
// the catalogue, target level, planned hours and period. Refusals show at their fields in the API's words.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { api, unwrap } from "../../api/http";
import { ProblemError } from "../../api/problem";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { t } from "../../i18n";
import { AllianceField, useActiveAllianceIds } from "../employer/AllianceField";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { PlanTable } from "./PlanTable";
import { SkillChoice } from "./SkillChoice";
import { StaffChoice } from "./StaffChoice";
import { emptyPlanForm, LEVELS, toPlanRequest, type LearningKind, type PlanForm, type PlanRequest } from "./workplaceForms";

const KINDS = ["ON_THE_JOB", "MENTORING"] as const;
const STATUSES = ["PLANNED", "IN_PROGRESS", "SIGNED_OFF"] as const;
const FORM_FIELDS = ["kind", "allianceId", "staffId", "mentorStaffId", "skillId", "targetLevel", "plannedHours", "startsOn", "endsOn"] as const;

function Plans() {
  const paging = usePaging();
  const [params, setParams] = useSearchParams();
  const kind = (KINDS as readonly string[]).includes(params.get("kind") ?? "") ? (params.get("kind") as LearningKind) : undefined;
  const status = (STATUSES as readonly string[]).includes(params.get("status") ?? "") ? (params.get("status") as (typeof STATUSES)[number]) : undefined;
  const plans = useQuery({
    queryKey: ["workplace-learning", kind, status, paging.page, paging.size],
    // blanks left out: the API refuses an empty parameter
    queryFn: () => unwrap(api.curriculum.GET("/api/workplace-learning", { params: { query: { ...(kind ? { kind } : {}), ...(status ? { status } : {}), page: paging.page, size: paging.size } } })),
    placeholderData: keepPreviousData,
  });
  const filter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === "") next.delete(name);
    else next.set(name, value);
    next.delete("page");
    setParams(next);
  };
  const w = t.workplace;
  return (
    <Section title={w.listTitle} id="plans">
      <div className="filters">
        <SelectField label={w.kindLabel} name="kind" value={kind ?? ""} onChange={(event) => filter("kind", event.target.value)}>
          <option value="">{t.common.all}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {w.kinds[value]}
            </option>
          ))}
        </SelectField>
        <SelectField label={w.statusLabel} name="status" value={status ?? ""} onChange={(event) => filter("status", event.target.value)}>
          <option value="">{t.common.all}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {w.statuses[value]}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryView query={plans}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{w.none}</Empty>
          ) : (
            <>
              <PlanTable plans={data.items ?? []} caption={w.listTitle} basePath="/learning-at-work" />
              <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
            </>
          )
        }
      </QueryView>
    </Section>
  );
}

function NewPlan({ employerId }: { employerId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const allianceIds = useActiveAllianceIds(employerId);
  const [form, setForm] = useState<PlanForm>(emptyPlanForm);
  const allianceId = form.allianceId || (allianceIds.length === 1 ? (allianceIds[0] ?? "") : "");
  const plan = useMutation({
    mutationFn: async () => {
      const request = toPlanRequest({ ...form, allianceId });
      if (request instanceof ProblemError) throw request;
      return unwrap(api.curriculum.POST("/api/workplace-learning", { body: request as PlanRequest }));
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ["workplace-learning"] });
      void navigate(`/learning-at-work/${created.id}`);
    },
  });
  const set = (changes: Partial<PlanForm>) => setForm((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    plan.mutate();
  };
  const w = t.workplace;
  const problem = plan.error;
  return (
    <Section title={w.planTitle} id="new-plan">
      <form onSubmit={submit} noValidate aria-label={w.planTitle}>
        <FormProblem problem={problem} fields={FORM_FIELDS} />
        <SelectField label={w.kindLabel} name="kind" problem={problem} required value={form.kind} onChange={(event) => set({ kind: event.target.value as LearningKind })}>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {w.kinds[value]}
            </option>
          ))}
        </SelectField>
        <AllianceField allianceIds={allianceIds} value={allianceId} onChange={(id) => set({ allianceId: id })} problem={problem} />
        <StaffChoice employerId={employerId} label={w.learner} name="staffId" value={form.staffId} onChange={(id) => set({ staffId: id })} problem={problem} />
        <StaffChoice employerId={employerId} label={w.mentor} name="mentorStaffId" value={form.mentorStaffId} onChange={(id) => set({ mentorStaffId: id })} problem={problem} />
        <SkillChoice value={form.skillId} onChange={(id) => set({ skillId: id })} problem={problem} />
        <LevelField label={w.targetLevel} name="targetLevel" value={form.targetLevel} onChange={(level) => set({ targetLevel: level })} problem={problem} />
        <TextField label={w.plannedHours} name="plannedHours" problem={problem} required inputMode="decimal" value={form.plannedHours} onChange={(event) => set({ plannedHours: event.target.value })} />
        <TextField label={w.startsOn} name="startsOn" type="date" problem={problem} required value={form.startsOn} onChange={(event) => set({ startsOn: event.target.value })} />
        <TextField label={w.endsOn} name="endsOn" type="date" problem={problem} required value={form.endsOn} onChange={(event) => set({ endsOn: event.target.value })} />
        <button type="submit" className="primary" disabled={plan.isPending}>
          {plan.isPending ? t.common.saving : w.plan}
        </button>
      </form>
    </Section>
  );
}

/** A level from 1 to 5 (the API's scale), or none chosen. */
export function LevelField({ label, name, value, onChange, problem }: { label: string; name: string; value: string; onChange: (level: string) => void; problem: unknown }) {
  return (
    <SelectField label={label} name={name} problem={problem} required value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t.workplace.chooseLevel}</option>
      {LEVELS.map((level) => (
        <option key={level} value={String(level)}>
          {String(level)}
        </option>
      ))}
    </SelectField>
  );
}

export function WorkplaceLearningPage() {
  const employerId = useEmployerId();
  const w = t.workplace;
  if (employerId === null) return <NoEmployer title={w.title} />;
  return (
    <Page title={w.title} intro={w.intro} actions={<Link to="/workshops">{t.workshops.title}</Link>}>
      <Plans />
      <NewPlan employerId={employerId} />
    </Page>
  );
}
