// One cohort for an employer: its dates and fill, the employer's quote (price, cost share, expected grant, net cost),
// the scheme rules of the programme that reimburses the seat (QuoteSchemeRules), the enrolment of one or many staff (each answered CONFIRMED or WAITLISTED with its position) and the employer's
// enrolments in it, each withdrawable.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { FormProblem } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Empty, ErrorState, Loading, QueryView, errorMessage } from "../../components/States";
import { formatDate, formatMoney, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { Withdraw, canWithdraw } from "../enrolments/Withdraw";
import { enrolmentStatusText } from "../enrolments/status";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { StaffName } from "../shared/Names";
import { CohortCatalogueFacts } from "../sessions/CohortCatalogueFacts";
import { useActiveStaff, useCourse } from "../shared/lookups";
import { priceText } from "./CoursePage";
import { QuoteSchemeRules } from "./QuoteSchemeRules";

type Enrolment = components["schemas"]["EnrolmentResponse"];
interface EnrolResult {
  staffId: string;
  name: string;
  enrolment?: Enrolment;
  error?: unknown;
}

function Quote({ cohortId, employerId }: { cohortId: string; employerId: string }) {
  const quote = useQuery({
    queryKey: ["quote", cohortId, employerId],
    queryFn: () => unwrap(api.curriculum.GET("/api/cohorts/{cohortId}/quote", { params: { path: { cohortId }, query: { employerId } } })),
  });
  const q = t.catalogue.quote;
  return (
    <Section title={q.title} id="quote">
      <QueryView query={quote}>
        {(data) => {
          const currency = data.currency ?? "EUR";
          const money = (minor: number | undefined) => (minor === undefined ? t.common.none : formatMoney(minor, currency));
          const grant = data.grantOffset;
          return (
            <>
              <dl className="figures">
                <div>
                  <dt>{q.seatPrice}</dt>
                  <dd>{money(data.priceMinor)}</dd>
                </div>
                <div>
                  <dt>{q.seatShare}</dt>
                  <dd>{money(data.seatShareMinor)}</dd>
                </div>
                <div>
                  <dt>{q.expectedGrant}</dt>
                  <dd>{grant?.known === false ? q.grantUnknown : money(grant?.expectedOffsetMinor ?? 0)}</dd>
                </div>
                <div>
                  <dt>{q.netCost}</dt>
                  <dd>{money(data.netMinor)}</dd>
                </div>
              </dl>
              {grant?.reason ? <p className="hint">{q.grantReason(grant.reason)}</p> : null}
              {data.shareSource ? <p className="hint">{q.shareSource(data.shareSource)}</p> : null}
              <QuoteSchemeRules cohortId={cohortId} employerId={employerId} />
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}

function EnrolStaff({ cohortId, employerId }: { cohortId: string; employerId: string }) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const [results, setResults] = useState<EnrolResult[]>([]);
  const staff = useActiveStaff(employerId);
  const enrol = useMutation({
    // one after the other, in the order chosen, so waitlist positions follow that order
    mutationFn: async (people: Array<{ id: string; name: string }>) => {
      const answers: EnrolResult[] = [];
      for (const person of people) {
        try {
          const enrolment = await unwrap(api.curriculum.POST("/api/enrolments", { body: { cohortId, employerId, staffId: person.id } }));
          answers.push({ staffId: person.id, name: person.name, enrolment });
        } catch (error) {
          answers.push({ staffId: person.id, name: person.name, error });
        }
      }
      return answers;
    },
    onSuccess: (answers) => {
      setResults(answers);
      setChosen([]);
      void queryClient.invalidateQueries({ queryKey: ["enrolments"] });
      void queryClient.invalidateQueries({ queryKey: ["cohort", cohortId] });
      void queryClient.invalidateQueries({ queryKey: ["cohorts"] });
      void queryClient.invalidateQueries({ queryKey: ["quote", cohortId] });
    },
  });
  const e = t.enrolments;
  const nameOf = (member: { firstName?: string; lastName?: string }) => `${member.firstName ?? ""} ${member.lastName ?? ""}`.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const byId = new Map((staff.data?.items ?? []).map((member) => [member.id ?? "", nameOf(member)]));
    enrol.mutate(chosen.map((id) => ({ id, name: byId.get(id) ?? id })));
  };
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((value) => value !== id)));
  return (
    <Section title={e.enrolTitle} id="enrol">
      <QueryView query={staff}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>
              {e.noStaff} <Link to="/staff">{e.toStaff}</Link>
            </Empty>
          ) : (
            <form onSubmit={submit}>
              <FormProblem problem={enrol.error} fields={[]} />
              <fieldset className="checklist">
                <legend>{e.chooseStaff}</legend>
                {(data.items ?? []).map((member) => (
                  <label key={member.id}>
                    <input type="checkbox" name="staffId" value={member.id} checked={chosen.includes(member.id ?? "")} onChange={(event) => toggle(member.id ?? "", event.target.checked)} /> {nameOf(member)}
                    {member.jobRoleIsco ? <span className="hint"> ({member.jobRoleIsco})</span> : null}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="primary" disabled={chosen.length === 0 || enrol.isPending}>
                {enrol.isPending ? e.enrolling : e.enrolChosen(chosen.length)}
              </button>
            </form>
          )
        }
      </QueryView>
      {results.length > 0 ? (
        <div role="status" aria-live="polite">
          <table>
            <caption>{e.resultsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{e.columns.staff}</th>
                <th scope="col">{e.columns.result}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((result) => (
                <tr key={result.staffId}>
                  <td>{result.name}</td>
                  <td className={result.error ? "bad" : "ok"}>{result.enrolment ? enrolmentStatusText(result.enrolment) : errorMessage(result.error)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}

function EmployerEnrolments({ cohortId, employerId }: { cohortId: string; employerId: string }) {
  const enrolments = useQuery({
    queryKey: ["enrolments", "cohort", cohortId, employerId],
    queryFn: () => unwrap(api.curriculum.GET("/api/enrolments", { params: { query: { cohortId, employerId, size: 200 } } })),
  });
  const e = t.enrolments;
  return (
    <Section title={e.inCohortTitle} id="cohort-enrolments">
      <QueryView query={enrolments}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{e.noneInCohort}</Empty>
          ) : (
            <table>
              <caption className="visually-hidden">{e.inCohortTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{e.columns.staff}</th>
                  <th scope="col">{e.columns.status}</th>
                  <th scope="col">{e.columns.action}</th>
                </tr>
              </thead>
              <tbody>
                {(data.items ?? []).map((enrolment) => (
                  <tr key={enrolment.id}>
                    <td>
                      <StaffName id={enrolment.staffId} />
                    </td>
                    <td>{enrolmentStatusText(enrolment)}</td>
                    <td>{canWithdraw(enrolment.status) ? <WithdrawFor enrolment={enrolment} employerId={employerId} /> : t.common.none}</td>
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

export function WithdrawFor({ enrolment, employerId }: { enrolment: Enrolment; employerId: string }) {
  const staff = useQuery({
    queryKey: ["staff", enrolment.staffId],
    queryFn: () => unwrap(api.member.GET("/api/staff/{id}", { params: { path: { id: enrolment.staffId ?? "" } } })),
    enabled: enrolment.staffId !== undefined,
  });
  const who = staff.data ? `${staff.data.firstName ?? ""} ${staff.data.lastName ?? ""}`.trim() : (enrolment.staffId ?? "");
  return <Withdraw enrolmentId={enrolment.id ?? ""} employerId={employerId} who={who} />;
}

export function CohortPage() {
  const { cohortId = "" } = useParams();
  const employerId = useEmployerId();
  const cohort = useQuery({
    queryKey: ["cohort", cohortId],
    queryFn: () => unwrap(api.curriculum.GET("/api/cohorts/{id}", { params: { path: { id: cohortId } } })),
  });
  const course = useCourse(cohort.data?.courseId);
  const c = t.catalogue;
  if (employerId === null) return <NoEmployer title={c.cohortTitle} />;
  if (cohort.isPending) return <Loading />;
  if (cohort.error || !cohort.data) {
    return (
      <Page title={c.cohortTitle}>
        <ErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />
      </Page>
    );
  }
  const data = cohort.data;
  const title = c.cohortOf(course.data?.title ?? c.cohortTitle, formatDate(data.startDate));
  return (
    <Page title={title} intro={data.courseId ? <Link to={`/catalogue/${data.courseId}`}>{c.backToCourse}</Link> : undefined}>
      <dl className="details">
        <dt>{c.cohortColumns.status}</dt>
        <dd>{data.status ? t.status.cohort[data.status] : t.common.none}</dd>
        <dt>{c.cohortColumns.dates}</dt>
        <dd>{t.common.dateRange(formatDate(data.startDate), formatDate(data.endDate))}</dd>
        <dt>{c.cohortColumns.enrolmentWindow}</dt>
        <dd>{t.common.dateRange(formatDate(data.enrolmentOpens), formatDate(data.enrolmentCloses))}</dd>
        <dt>{c.cohortColumns.seatsLeft}</dt>
        <dd>{data.seatsLeft !== undefined ? c.seatsOf(formatNumber(data.seatsLeft), formatNumber(data.capacity ?? 0)) : t.common.none}</dd>
        <dt>{c.cohortColumns.waitlist}</dt>
        <dd>{data.waitlistLength !== undefined ? formatNumber(data.waitlistLength) : t.common.none}</dd>
        <dt>{c.cohortColumns.price}</dt>
        <dd>{priceText(data)}</dd>
      </dl>
      <CohortCatalogueFacts cohort={data} />
      <Quote cohortId={cohortId} employerId={employerId} />
      {data.status === "OPEN" ? <EnrolStaff cohortId={cohortId} employerId={employerId} /> : <p className="state">{c.notOpen}</p>}
      <EmployerEnrolments cohortId={cohortId} employerId={employerId} />
    </Page>
  );
}
