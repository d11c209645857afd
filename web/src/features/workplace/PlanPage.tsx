// One plan of learning at work (GET /api/workplace-learning/{id}), for HR (/learning-at-work/:id) and for its learner
// or mentor (/my-learning-at-work/:id): the plan's facts, its sessions (GET .../sessions, by date), and, until it is
// signed off, for HR and the mentor (the API's rule; the learner alone sees no forms) "Log a session" (POST
// .../sessions) and "Sign off" (POST .../sign-off). Once signed off: the level reached, the evidence, who signed off,
// the credential (JSON or signed as VC-JWT) and, for HR, the learner's skill record for the skill (GET
// /api/skills/records), where the sign-off appears with source "On the job".
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useParams } from "react-router";
import { api, unwrap } from "../../api/http";
import { ProblemError } from "../../api/problem";
import { FormProblem, TextAreaField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Empty, QueryView } from "../../components/States";
import { ColumnHeads, Figure } from "../../components/Table";
import { formatDate, formatDateTime, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { hasRole } from "../../session/session";
import { useSessionData } from "../../session/SessionContext";
import { CredentialDownloads } from "../credentials/SignedCredentialDownload";
import { SkillRecord } from "./SkillRecord";
import { LevelField } from "./WorkplaceLearningPage";
import { PersonCell, type Plan } from "./PlanTable";
import { emptySessionForm, toSessionRequest, chosenLevel, type SessionForm, type SessionRequest, type SignOffRequest } from "./workplaceForms";

function planKey(id: string) {
  return ["workplace-learning", "one", id];
}

function Facts({ plan, me }: { plan: Plan; me: string | null }) {
  const w = t.workplace;
  return (
    <dl className="figures">
      <div>
        <dt>{w.learner}</dt>
        <dd>
          <PersonCell id={plan.staffId} me={me} />
        </dd>
      </div>
      <div>
        <dt>{w.mentor}</dt>
        <dd>
          <PersonCell id={plan.mentorStaffId} me={me} />
        </dd>
      </div>
      <Figure label={w.kindLabel} value={plan.kind ? w.kinds[plan.kind] : t.common.none} />
      <Figure label={w.skill.label} value={w.skill.option(plan.skillName ?? "", plan.skillCode ?? "")} />
      <Figure label={w.targetLevel} value={String(plan.targetLevel ?? t.common.none)} />
      <Figure label={w.columns.period} value={t.common.dateRange(formatDate(plan.startsOn), formatDate(plan.endsOn))} />
      <Figure label={w.plannedHours} value={formatNumber(plan.plannedHours ?? 0)} />
      <Figure label={w.loggedHours} value={formatNumber(plan.loggedHours ?? 0)} />
      <Figure label={w.columns.sessions} value={formatNumber(plan.sessions ?? 0)} />
      <Figure label={w.statusLabel} value={plan.status ? w.statuses[plan.status] : t.common.none} />
    </dl>
  );
}

function Sessions({ id }: { id: string }) {
  const sessions = useQuery({
    queryKey: [...planKey(id), "sessions"],
    queryFn: () => unwrap(api.curriculum.GET("/api/workplace-learning/{id}/sessions", { params: { path: { id } } })),
  });
  const w = t.workplace.sessions;
  return (
    <Section title={w.title} id="sessions">
      <QueryView query={sessions}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{w.none}</Empty>
          ) : (
            <table>
              <caption className="visually-hidden">{w.title}</caption>
              <ColumnHeads columns={[{ label: w.date }, { label: w.hours, number: true }, { label: w.practised }, { label: w.loggedBy }, { label: w.loggedAt }]} />
              <tbody>
                {list.map((session) => (
                  <tr key={session.id}>
                    <td>{formatDate(session.date)}</td>
                    <td className="number">{formatNumber(session.hours ?? 0)}</td>
                    <td>{session.practised}</td>
                    <td>{session.loggedBy ? t.workplace.signers[session.loggedBy] : t.common.none}</td>
                    <td>{formatDateTime(session.loggedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Section>
  );
}

function LogSession({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SessionForm>(emptySessionForm);
  const [logged, setLogged] = useState(false);
  const log = useMutation({
    mutationFn: async () => {
      const request = toSessionRequest(form);
      if (request instanceof ProblemError) throw request;
      return unwrap(api.curriculum.POST("/api/workplace-learning/{id}/sessions", { params: { path: { id } }, body: request as SessionRequest }));
    },
    onSuccess: () => {
      setForm(emptySessionForm);
      setLogged(true);
      // the plan's hours, count and status change with the session
      void queryClient.invalidateQueries({ queryKey: planKey(id) });
      void queryClient.invalidateQueries({ queryKey: ["workplace-learning"] });
    },
  });
  const set = (changes: Partial<SessionForm>) => {
    setLogged(false);
    setForm((current) => ({ ...current, ...changes }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate();
  };
  const w = t.workplace.sessions;
  const problem = log.error;
  return (
    <Section title={w.logTitle} id="log-session">
      <form onSubmit={submit} noValidate aria-label={w.logTitle}>
        <FormProblem problem={problem} fields={["date", "hours", "practised"]} />
        <TextField label={w.date} name="date" type="date" problem={problem} required value={form.date} onChange={(event) => set({ date: event.target.value })} />
        <TextField label={w.hours} name="hours" problem={problem} required inputMode="decimal" value={form.hours} onChange={(event) => set({ hours: event.target.value })} />
        <TextAreaField label={w.practised} name="practised" problem={problem} required maxLength={1000} value={form.practised} onChange={(event) => set({ practised: event.target.value })} />
        <button type="submit" className="primary" disabled={log.isPending}>
          {log.isPending ? t.common.saving : w.log}
        </button>
        {logged ? (
          <p role="status" className="ok">
            {w.logged}
          </p>
        ) : null}
      </form>
    </Section>
  );
}

function SignOff({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [levelReached, setLevelReached] = useState("");
  const [evidence, setEvidence] = useState("");
  const signOff = useMutation({
    mutationFn: () => unwrap(api.curriculum.POST("/api/workplace-learning/{id}/sign-off", { params: { path: { id } }, body: { levelReached: chosenLevel(levelReached), evidence } as SignOffRequest })),
    onSuccess: (plan) => {
      // the answer is the signed-off plan: it replaces the cached one, the lists and skill records are read again
      queryClient.setQueryData(planKey(id), plan);
      void queryClient.invalidateQueries({ queryKey: ["workplace-learning"], predicate: (query) => query.queryKey[1] !== "one" });
      void queryClient.invalidateQueries({ queryKey: ["skill-records"] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signOff.mutate();
  };
  const w = t.workplace.signOff;
  const problem = signOff.error;
  return (
    <Section title={w.title} id="sign-off">
      <p className="hint">{w.hint}</p>
      <form onSubmit={submit} noValidate aria-label={w.title}>
        {/* `id`: no session logged yet; the API's reason is said above the form */}
        <FormProblem problem={problem} fields={["levelReached", "evidence"]} />
        <LevelField label={w.levelReached} name="levelReached" value={levelReached} onChange={setLevelReached} problem={problem} />
        <TextAreaField label={w.evidence} name="evidence" hint={w.evidenceHint} problem={problem} required maxLength={2000} value={evidence} onChange={(event) => setEvidence(event.target.value)} />
        <button type="submit" className="primary" disabled={signOff.isPending}>
          {signOff.isPending ? t.common.saving : w.submit}
        </button>
      </form>
    </Section>
  );
}

function Result({ plan, showRecord }: { plan: Plan; showRecord: boolean }) {
  const w = t.workplace.signOff;
  const id = plan.id ?? "";
  const skill = plan.skillName ?? plan.skillCode ?? "";
  return (
    <Section title={w.resultTitle} id="result">
      <dl className="figures">
        <Figure label={w.levelReached} value={String(plan.levelReached ?? t.common.none)} />
        <Figure label={w.signedOffOn} value={formatDate(plan.signedOffOn)} />
        <Figure label={w.signedOffBy} value={plan.signedOffBy ? t.workplace.signers[plan.signedOffBy] : t.common.none} />
      </dl>
      <h3>{w.evidence}</h3>
      <p className="evidence">{plan.evidence}</p>
      {plan.credentialAvailable ? (
        <div className="actions">
          <CredentialDownloads path={`/api/workplace-learning/${id}/credential`} fileName={`workplace-learning-${id}`} title={skill} />
        </div>
      ) : null}
      {showRecord && plan.staffId && plan.skillId ? <SkillRecord staffId={plan.staffId} skillId={plan.skillId} /> : null}
    </Section>
  );
}

export function PlanPage() {
  const { id = "" } = useParams();
  const session = useSessionData();
  const plan = useQuery({
    queryKey: planKey(id),
    queryFn: () => unwrap(api.curriculum.GET("/api/workplace-learning/{id}", { params: { path: { id } } })),
  });
  const w = t.workplace;
  const isHr = hasRole(session, "member-admin");
  return (
    <QueryView query={plan}>
      {(data) => {
        const mayAct = isHr || (session.staffId !== null && session.staffId === data.mentorStaffId);
        const open = data.status !== "SIGNED_OFF";
        return (
          <Page title={w.planPageTitle(data.kind ? w.kinds[data.kind] : "", data.skillName ?? data.skillCode ?? "")}>
            <Facts plan={data} me={isHr ? null : session.staffId} />
            <Sessions id={id} />
            {open && mayAct ? <LogSession id={id} /> : null}
            {open && mayAct ? <SignOff id={id} /> : null}
            {open ? null : <Result plan={data} showRecord={isHr} />}
          </Page>
        );
      }}
    </QueryView>
  );
}
