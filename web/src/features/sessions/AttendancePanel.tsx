// The provider's attendance per session: choose a session of the cohort, tick who was present, save the whole register
// (PUT /api/cohorts/{cohortId}/sessions/{sessionId}/attendance). The API's reason comes back beside the form.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { FormProblem } from "../../components/Form";
import { Section } from "../../components/Page";
import { Empty, QueryView } from "../../components/States";
import { formatDate, formatDateTime } from "../../format/format";
import { t } from "../../i18n";
import { seatHolderLabel, useRosterNames } from "../rosters/useRosterNames";
import { CohortSessions } from "./CohortSessions";
import { canRecord, presentAtFirst, registerBody, timeText, type RegisterLine, type SessionSlot } from "./sessionText";

type Cohort = components["schemas"]["CohortResponse"];

function sessionLabel(session: SessionSlot): string {
  return t.sessions.register.sessionOf(formatDate(session.date), t.sessions.timeRange(timeText(session.startTime), timeText(session.endTime)));
}

function RegisterForm({ cohortId, session, seats, editable }: { cohortId: string; session: SessionSlot; seats: RegisterLine[]; editable: boolean }) {
  const queryClient = useQueryClient();
  const [present, setPresent] = useState(() => presentAtFirst(seats));
  useEffect(() => setPresent(presentAtFirst(seats)), [seats]);
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof registerBody>) =>
      unwrap(
        api.curriculum.PUT("/api/cohorts/{cohortId}/sessions/{sessionId}/attendance", {
          params: { path: { cohortId, sessionId: session.id ?? "" } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["attendance", cohortId, session.id] }),
  });
  const r = t.sessions.register;
  const legendId = useId();
  const names = useRosterNames(cohortId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(registerBody(seats, present));
  };
  if (seats.length === 0) return <Empty>{r.noSeats}</Empty>;
  return (
    <form onSubmit={submit} aria-labelledby={legendId}>
      <fieldset>
        <legend id={legendId}>{r.legend(sessionLabel(session))}</legend>
        {seats.map((seat, index) => (
          <label key={seat.enrolmentId} className="check">
            <input
              type="checkbox"
              name="present"
              value={seat.enrolmentId}
              checked={present.has(seat.enrolmentId ?? "")}
              disabled={!editable}
              onChange={(event) => {
                const next = new Set(present);
                if (event.target.checked) next.add(seat.enrolmentId ?? "");
                else next.delete(seat.enrolmentId ?? "");
                setPresent(next);
              }}
            />{" "}
            {r.seat(index + 1, seatHolderLabel(names.of(seat.enrolmentId), seat.staffId))}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={!editable || save.isPending}>
        {save.isPending ? t.common.saving : r.save}
      </button>
      {save.isSuccess ? (
        <p role="status" className="ok">
          {r.saved}
        </p>
      ) : null}
      {save.error ? <FormProblem problem={save.error} fields={[]} /> : null}
    </form>
  );
}

function SessionRegister({ cohort, session }: { cohort: Cohort; session: SessionSlot }) {
  const cohortId = cohort.id ?? "";
  const register = useQuery({
    queryKey: ["attendance", cohortId, session.id],
    queryFn: () =>
      unwrap(api.curriculum.GET("/api/cohorts/{cohortId}/sessions/{sessionId}/attendance", { params: { path: { cohortId, sessionId: session.id ?? "" } } })),
  });
  const r = t.sessions.register;
  const editable = canRecord(cohort.status, session.date, new Date().toISOString().slice(0, 10));
  return (
    <QueryView query={register}>
      {(data) => (
        <>
          <p className="hint">{data.recorded && data.recordedAt ? r.recordedAt(formatDateTime(data.recordedAt)) : r.notRecorded}</p>
          {editable ? null : <p className="hint">{r.notYet}</p>}
          <RegisterForm cohortId={cohortId} session={session} seats={data.seats ?? []} editable={editable} />
        </>
      )}
    </QueryView>
  );
}

/** The cohort's sessions and, for one chosen session, its register of attendance. */
export function AttendancePanel({ cohort }: { cohort: Cohort }) {
  const sessions = cohort.sessions ?? [];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selectId = useId();
  const s = t.sessions;
  const session = sessions.find((candidate) => candidate.id === chosen) ?? sessions[0];
  return (
    <>
      <CohortSessions cohort={cohort} />
      {session ? (
        <Section title={s.register.title} id="attendance">
          <p>{s.register.intro}</p>
          <div className="field">
            <label htmlFor={selectId}>{s.register.choose}</label>
            <select id={selectId} value={session.id} onChange={(event) => setChosen(event.target.value)}>
              {sessions.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {sessionLabel(candidate)}
                </option>
              ))}
            </select>
          </div>
          <SessionRegister key={session.id} cohort={cohort} session={session} />
        </Section>
      ) : null}
    </>
  );
}
