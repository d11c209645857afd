// A provider's cohort: its seats and, in one table, the outcome of each (POST /api/enrolments/{id}/outcome: hours,
// scores, credential, satisfaction). Each row is saved on its own; a refused row keeps what was typed and shows the
// API's reason at the cell it names. Outcomes are taken once the cohort runs (docs/curriculum.md).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useParams } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { ProblemError } from "../../api/problem";
import { FormProblem, SelectField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDate } from "../../format/format";
import { decimalNumber, wholeNumber } from "../../format/decimalInput";
import { t } from "../../i18n";
import { CohortActions } from "../cohorts/CohortActions";
import { CohortFill } from "../cohorts/CohortFill";
import { CohortFeedback } from "../feedback/CohortFeedback";
import { RosterNamesUnavailable, SeatHolder } from "../rosters/SeatHolder";
import { useRosterNames, type RosterEntry } from "../rosters/useRosterNames";
import { AttendancePanel } from "../sessions/AttendancePanel";
import { useCohort, useCourse } from "../shared/lookups";

type Enrolment = components["schemas"]["EnrolmentResponse"];
type OutcomeRequest = components["schemas"]["OutcomeRequest"];
type Outcome = OutcomeRequest["outcome"];
const OUTCOMES: Outcome[] = ["COMPLETED", "NOT_COMPLETED", "NO_SHOW"];
const FIELDS = ["outcome", "attendedHours", "preScore", "postScore", "satisfaction", "comment", "credentialAwarded", "completedOn", "providerId"];

export interface OutcomeRow {
  outcome: Outcome;
  attendedHours: string;
  preScore: string;
  postScore: string;
  satisfaction: string;
  /**
   * never read back: the API keeps comments out of every enrolment response (the cohort's feedback lists them). Sent
   * only when typed: left out, the API keeps the comment already recorded.
   */
  comment: string;
  /** the provider's explicit choice to remove the recorded comment: sent as an empty comment */
  clearComment: boolean;
  credentialAwarded: boolean;
}

export function rowOf(enrolment: Enrolment): OutcomeRow {
  const outcome = enrolment.outcome;
  const recorded = outcome?.outcome;
  return {
    outcome: recorded === "COMPLETED" || recorded === "NOT_COMPLETED" || recorded === "NO_SHOW" ? recorded : "COMPLETED",
    attendedHours: outcome?.attendedHours === undefined ? "" : String(outcome.attendedHours),
    preScore: outcome?.preScore === undefined ? "" : String(outcome.preScore),
    postScore: outcome?.postScore === undefined ? "" : String(outcome.postScore),
    satisfaction: outcome?.satisfaction === undefined ? "" : String(outcome.satisfaction),
    comment: "",
    clearComment: false,
    credentialAwarded: outcome?.credentialAwarded ?? false,
  };
}

/**
 * The row into the request. A blank optional figure is left out; a figure that is no number is sent as typed, so the
 * API's own reason ("'abc' is not a whole number") comes back at its cell, as for every other refusal. Where the
 * cohort has sessions, the hours come from attendance (the API sums the sessions attended), so none are sent: a
 * figure shown from an earlier outcome would be refused once the registers changed.
 */
export function toOutcomeRequest(row: OutcomeRow, providerId: string, hoursFromSessions = false): OutcomeRequest {
  const request: Record<string, unknown> = { providerId, outcome: row.outcome };
  const put = (field: string, text: string, parse: typeof wholeNumber) => {
    const parsed = parse(text);
    if (!parsed.ok) request[field] = text.trim();
    else if (parsed.value !== undefined) request[field] = parsed.value;
  };
  if (!hoursFromSessions) put("attendedHours", row.attendedHours, decimalNumber);
  put("preScore", row.preScore, wholeNumber);
  put("postScore", row.postScore, wholeNumber);
  put("satisfaction", row.satisfaction, wholeNumber);
  if (row.clearComment) request.comment = "";
  else if (row.comment.trim() !== "") request.comment = row.comment.trim();
  if (row.credentialAwarded) request.credentialAwarded = true;
  return request as unknown as OutcomeRequest;
}

function Cell({ problem, name, children }: { problem: unknown; name: string; children: (ids: { invalid: boolean; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const reason = problem instanceof ProblemError ? problem.reasonFor(name) : undefined;
  return (
    <td>
      {children({ invalid: reason !== undefined, describedBy: reason ? id : undefined })}
      {reason ? (
        <p id={id} className="field-error">
          {reason}
        </p>
      ) : null}
    </td>
  );
}

function SeatRow({ enrolment, person, seat, providerId, editable, hoursFromSessions }: { enrolment: Enrolment; person: RosterEntry | undefined; seat: number; providerId: string; editable: boolean; hoursFromSessions: boolean }) {
  const queryClient = useQueryClient();
  const [row, setRow] = useState(() => rowOf(enrolment));
  const save = useMutation({
    mutationFn: (values: OutcomeRow) =>
      unwrap(api.curriculum.POST("/api/enrolments/{id}/outcome", { params: { path: { id: enrolment.id ?? "" } }, body: toOutcomeRequest(values, providerId, hoursFromSessions) })),
    onSuccess: () => {
      // a satisfaction or a comment changes the cohort's feedback
      void queryClient.invalidateQueries({ queryKey: ["cohort-feedback", enrolment.cohortId] });
      return queryClient.invalidateQueries({ queryKey: ["enrolments", "roster"] });
    },
  });
  const r = t.provider.roster;
  const problem = save.error;
  const set = (name: keyof OutcomeRow) => (event: { target: { value: string } }) => setRow({ ...row, [name]: event.target.value });
  const input = (name: "attendedHours" | "preScore" | "postScore" | "satisfaction", mode: "decimal" | "numeric") => (
    <Cell problem={problem} name={name}>
      {({ invalid, describedBy }) => (
        <input
          className="cell-input"
          name={name}
          inputMode={mode}
          size={5}
          aria-label={r.cellLabel(r.columns[name], seat)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          value={row[name]}
          disabled={!editable}
          onChange={set(name)}
        />
      )}
    </Cell>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(row);
  };
  const formId = `outcome-${enrolment.id}`;
  return (
    <tr>
      <th scope="row">
        {r.seat(seat)} <SeatHolder entry={person} staffId={enrolment.staffId} />
      </th>
      <td>{enrolment.status ? t.status.enrolment[enrolment.status] : t.common.none}</td>
      <Cell problem={problem} name="outcome">
        {({ invalid, describedBy }) => (
          <select
            name="outcome"
            aria-label={r.cellLabel(r.columns.outcome, seat)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={row.outcome}
            disabled={!editable}
            onChange={set("outcome")}
          >
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t.status.enrolment[outcome]}
              </option>
            ))}
          </select>
        )}
      </Cell>
      {hoursFromSessions ? (
        <td>
          {row.attendedHours === "" ? t.common.none : row.attendedHours} <span className="hint">{r.hoursFromAttendance}</span>
        </td>
      ) : (
        input("attendedHours", "decimal")
      )}
      {input("preScore", "numeric")}
      {input("postScore", "numeric")}
      {input("satisfaction", "numeric")}
      <Cell problem={problem} name="comment">
        {({ invalid, describedBy }) => (
          <>
            <textarea
              className="cell-input"
              name="comment"
              rows={2}
              aria-label={r.cellLabel(r.columns.comment, seat)}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={row.comment}
              disabled={!editable || row.clearComment}
              onChange={set("comment")}
            />
            <label className="hint">
              <input
                type="checkbox"
                name="clearComment"
                aria-label={r.clearComment(seat)}
                checked={row.clearComment}
                disabled={!editable}
                onChange={(event) => setRow({ ...row, clearComment: event.target.checked })}
              />{" "}
              {r.clearCommentShort}
            </label>
          </>
        )}
      </Cell>
      <Cell problem={problem} name="credentialAwarded">
        {({ invalid, describedBy }) => (
          <input
            type="checkbox"
            name="credentialAwarded"
            aria-label={r.cellLabel(r.columns.credentialAwarded, seat)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            checked={row.credentialAwarded}
            disabled={!editable}
            onChange={(event) => setRow({ ...row, credentialAwarded: event.target.checked })}
          />
        )}
      </Cell>
      <td>
        <form id={formId} onSubmit={submit}>
          <button type="submit" className="primary" disabled={!editable || save.isPending} aria-label={r.saveSeat(seat)}>
            {save.isPending ? t.common.saving : r.save}
          </button>
        </form>
        {save.isSuccess ? (
          <p role="status" className="ok">
            {r.saved}
          </p>
        ) : null}
        {problem ? <FormProblem problem={problem} fields={FIELDS} /> : null}
      </td>
    </tr>
  );
}

function Roster({ cohortId, providerId, editable, hoursFromSessions }: { cohortId: string; providerId: string; editable: boolean; hoursFromSessions: boolean }) {
  const paging = usePaging(50);
  const enrolments = useQuery({
    queryKey: ["enrolments", "roster", cohortId, paging.params.get("status") ?? "", paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.curriculum.GET("/api/enrolments", {
          params: {
            query: {
              cohortId,
              status: (paging.params.get("status") || undefined) as Enrolment["status"],
              page: paging.page,
              size: paging.size,
            },
          },
        }),
      ),
  });
  const names = useRosterNames(cohortId);
  const r = t.provider.roster;
  return (
    <Section title={r.title}>
      <div className="filters">
        <SelectField
          label={r.status}
          name="status"
          value={paging.params.get("status") ?? ""}
          onChange={(event) => paging.setFilters({ status: event.target.value })}
        >
          <option value="">{t.common.all}</option>
          {(["CONFIRMED", "COMPLETED", "NOT_COMPLETED", "NO_SHOW", "WAITLISTED", "WITHDRAWN", "CANCELLED"] as const).map((status) => (
            <option key={status} value={status}>
              {t.status.enrolment[status]}
            </option>
          ))}
        </SelectField>
      </div>
      {editable ? <p className="hint">{r.commentHint}</p> : <p className="hint">{r.notYet}</p>}
      <RosterNamesUnavailable unavailable={names.unavailable} />
      <QueryView query={enrolments}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{r.empty}</Empty>
          ) : (
            <>
              <table>
                <caption>{r.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{r.columns.seat}</th>
                    <th scope="col">{r.columns.status}</th>
                    <th scope="col">{r.columns.outcome}</th>
                    <th scope="col">{r.columns.attendedHours}</th>
                    <th scope="col">{r.columns.preScore}</th>
                    <th scope="col">{r.columns.postScore}</th>
                    <th scope="col">{r.columns.satisfaction}</th>
                    <th scope="col">{r.columns.comment}</th>
                    <th scope="col">{r.columns.credentialAwarded}</th>
                    <th scope="col">{r.columns.save}</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((enrolment, index) => (
                    <SeatRow
                      key={enrolment.id}
                      enrolment={enrolment}
                      person={names.of(enrolment.id)}
                      seat={(data.page ?? 0) * (data.size ?? paging.size) + index + 1}
                      providerId={providerId}
                      hoursFromSessions={hoursFromSessions}
                      editable={editable && enrolment.status !== "WAITLISTED" && enrolment.status !== "WITHDRAWN" && enrolment.status !== "CANCELLED"}
                    />
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

export function RosterPage() {
  const { id } = useParams();
  const cohort = useCohort(id);
  const course = useCourse(cohort.data?.courseId);
  const r = t.provider.roster;
  return (
    <Page title={course.data?.title ? r.pageOf(course.data.title) : r.page} intro={r.intro}>
      <QueryView query={cohort}>
        {(data) => (
          <>
            <dl className="figures">
              <div>
                <dt>{t.pages.cohorts.columns.dates}</dt>
                <dd>{t.common.dateRange(formatDate(data.startDate), formatDate(data.endDate))}</dd>
              </div>
              <div>
                <dt>{t.pages.cohorts.columns.status}</dt>
                <dd>{data.status ? t.status.cohort[data.status] : t.common.none}</dd>
              </div>
              <div>
                <dt>{t.pages.cohorts.columns.fill}</dt>
                <dd>
                  <CohortFill cohort={data} />
                </dd>
              </div>
            </dl>
            <CohortActions cohort={data} who="provider" />
            <AttendancePanel cohort={data} />
            <Roster
              cohortId={data.id ?? ""}
              providerId={data.providerId ?? ""}
              editable={data.status === "RUNNING" || data.status === "COMPLETED"}
              hoursFromSessions={(data.sessionCount ?? 0) > 0}
            />
            {data.status === "RUNNING" || data.status === "COMPLETED" ? <CohortFeedback cohortId={data.id ?? ""} /> : null}
          </>
        )}
      </QueryView>
    </Page>
  );
}
