// HR's follow-ups (Kirkpatrick level 3, docs/curriculum.md): every completed seat of the organisation's staff, with the
// window 60 to 180 days after the cohort's end, its status, and a rating 1 to 5 ("applies the skill on the job")
// recorded with PUT /api/follow-ups/{enrolmentId}. Names come from the staff register the app already reads; the
// window and the range are the API's to judge, and its reason is shown at the row's rating.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { paths } from "../../api/generated/curriculum-service";
import { ProblemError } from "../../api/problem";
import { FormProblem, SelectField } from "../../components/Form";
import { Page } from "../../components/Page";
import { ColumnHeads } from "../../components/Table";
import { usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { EnrolledCohortSelect } from "../employer/EnrolledCohortSelect";
import { useEnrolledCohorts } from "../employer/enrolledCohorts";
import { useActiveStaff } from "../shared/lookups";
import { useStaffName } from "../shared/Names";

export type FollowUp = paths["/api/follow-ups"]["get"]["responses"][200]["content"]["application/json"][number];
type FollowUpStatus = NonNullable<FollowUp["status"]>;
type FollowUpRequest = paths["/api/follow-ups/{enrolmentId}"]["put"]["requestBody"]["content"]["application/json"];
const STATUSES: FollowUpStatus[] = ["DUE", "OVERDUE", "UPCOMING", "DONE"];
const RATINGS = [1, 2, 3, 4, 5];
// the body's and the path's fields shown at the row's rating control
const ROW_FIELDS = ["rating", "enrolmentId"];

/** The rating as the body: blank is left out, so the API names the missing field. */
export function toFollowUpRequest(rating: string): FollowUpRequest {
  return (rating === "" ? {} : { rating: Number(rating) }) as FollowUpRequest;
}

/**
 * One follow-up. `status` is the list's filter: a recording whose answer no longer matches it takes the row out of the
 * list, so the page says so (`onLeft`) instead of the row.
 */
function FollowUpRow({ followUp, person, status, onLeft }: { followUp: FollowUp; person: string | undefined; status: FollowUpStatus | ""; onLeft: (message: string) => void }) {
  const queryClient = useQueryClient();
  const f = t.evaluation.followUps;
  const who = useStaffName(followUp.staffId, person);
  const course = followUp.courseTitle ?? t.common.none;
  const windowText = t.common.dateRange(formatDate(followUp.windowOpens), formatDate(followUp.windowCloses));
  const [rating, setRating] = useState(followUp.rating == null ? "" : String(followUp.rating));
  const reasonId = useId();
  const record = useMutation({
    mutationFn: () => unwrap(api.curriculum.PUT("/api/follow-ups/{enrolmentId}", { params: { path: { enrolmentId: followUp.enrolmentId ?? "" } }, body: toFollowUpRequest(rating) })),
    onSuccess: (answer) => {
      if (status !== "" && answer.status !== status) onLeft(f.recordedLeft(`${who}, ${course}, ${windowText}`, answer.status ? f.statuses[answer.status] : t.common.none));
      return queryClient.invalidateQueries({ queryKey: ["follow-ups"] });
    },
  });
  const problem = record.error;
  const reason = problem instanceof ProblemError ? (problem.reasonFor("rating") ?? problem.reasonFor("enrolmentId")) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <tr>
      <th scope="row">{who}</th>
      <td>{course}</td>
      <td>{windowText}</td>
      <td>
        {followUp.status ? f.statuses[followUp.status] : t.common.none}
        {followUp.rating != null ? <span className="hint"> {f.recordedOn(followUp.rating, formatDate(followUp.recordedOn ?? undefined))}</span> : null}
      </td>
      <td>
        <form onSubmit={submit} noValidate>
          <select
            name="rating"
            aria-label={f.ratingOf(who, course, windowText)}
            aria-invalid={reason ? true : undefined}
            aria-describedby={reason ? reasonId : undefined}
            value={rating}
            onChange={(event) => setRating(event.target.value)}
          >
            <option value="">{f.choose}</option>
            {RATINGS.map((value) => (
              <option key={value} value={value}>
                {f.ratings[value]}
              </option>
            ))}
          </select>{" "}
          <button type="submit" disabled={record.isPending} aria-label={f.recordFor(who, course, windowText)}>
            {record.isPending ? t.common.saving : f.record}
          </button>
          {reason ? (
            <p id={reasonId} className="field-error">
              {reason}
            </p>
          ) : null}
          {problem && !reason ? <FormProblem problem={problem} fields={ROW_FIELDS} /> : null}
          {record.isSuccess ? (
            <p role="status" className="ok">
              {f.recorded}
            </p>
          ) : null}
        </form>
      </td>
    </tr>
  );
}

function FollowUpList({ employerId, status, cohortId, onLeft }: { employerId: string; status: FollowUpStatus | ""; cohortId: string; onLeft: (message: string) => void }) {
  const followUps = useQuery({
    queryKey: ["follow-ups", status, cohortId],
    queryFn: () => unwrap(api.curriculum.GET("/api/follow-ups", { params: { query: { ...(status ? { status } : {}), ...(cohortId ? { cohortId } : {}) } } })),
  });
  const staff = useActiveStaff(employerId);
  const names = new Map((staff.data?.items ?? []).map((member) => [member.id, `${member.firstName ?? ""} ${member.lastName ?? ""}`.trim()]));
  const f = t.evaluation.followUps;
  return (
    <QueryView query={followUps}>
      {(items) =>
        items.length === 0 ? (
          <Empty>{f.none}</Empty>
        ) : (
          <table>
            <caption>{f.caption}</caption>
            <ColumnHeads
              columns={[{ label: f.columns.person }, { label: f.columns.course }, { label: f.columns.window }, { label: f.columns.status }, { label: f.columns.rating }]}
            />
            <tbody>
              {items.map((followUp) => (
                <FollowUpRow key={followUp.enrolmentId} followUp={followUp} person={names.get(followUp.staffId)} status={status} onLeft={onLeft} />
              ))}
            </tbody>
          </table>
        )
      }
    </QueryView>
  );
}

export function FollowUpsPage() {
  const employerId = useEmployerId();
  const filters = usePaging();
  const enrolled = useEnrolledCohorts(employerId ?? "", true);
  const f = t.evaluation.followUps;
  // the page's live region: a recorded row that leaves the filtered list takes its own status and focus with it
  const [left, setLeft] = useState("");
  const leftRef = useRef<HTMLParagraphElement>(null);
  const onLeft = (message: string) => {
    setLeft(message);
    leftRef.current?.focus();
  };
  if (employerId === null) return <NoEmployer title={f.title} />;
  const status = (filters.params.get("status") ?? "") as FollowUpStatus | "";
  const cohortId = filters.params.get("cohortId") ?? "";
  return (
    <Page title={f.title} intro={f.intro}>
      <div className="filters" role="search">
        <SelectField label={f.status} name="status" value={status} onChange={(event) => {
            setLeft("");
            filters.setFilters({ status: event.target.value });
          }}>
          <option value="">{t.common.all}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {f.statuses[value]}
            </option>
          ))}
        </SelectField>
        <EnrolledCohortSelect
          cohorts={enrolled.cohorts}
          label={f.cohort}
          name="cohortId"
          none={f.allCohorts}
          value={cohortId}
          onChange={(event) => filters.setFilters({ cohortId: event.target.value })}
        />
      </div>
      <p role="status" className="ok" tabIndex={-1} ref={leftRef}>
        {left}
      </p>
      <FollowUpList employerId={employerId} status={status} cohortId={cohortId} onLeft={onLeft} />
    </Page>
  );
}
