// What a claim's scheme rules add to it (docs/funding.md, issues 26 and 20), for HR's and the funder's claims pages:
// the lines for signed-off learning at work (and the learning not counted), the payments by milestone, why the next one is held back (`blockedBy`, worded by the API) and the reports the
// programme's requirements ask for, each with the page's own action (HR submits, the funder decides). Shown as one
// row under the claim's row; nothing for a claim that has none of these.
import { useQuery, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { QueryView } from "../../components/States";
import { formatDate, formatMoney, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { useProgramme } from "../alliance/names";
import { requirementDue } from "../programmes/SchemeRulesSummary";
import { CohortDates, StaffName } from "../shared/Names";

type LearningKind = "ON_THE_JOB" | "MENTORING" | "WORKSHOP";

/** One paid line of signed-off learning at work, as funding-service's claim answers it (`ClaimResponse.WorkplaceLine`). */
export interface WorkplaceLine {
  learningId?: string;
  kind?: LearningKind;
  staffId?: string;
  hours?: number;
  amountMinor?: number;
}

/** Signed-off learning at work a claim does not pay, and why (funding-service's `ExcludedLearning`: no kind). */
export interface ExcludedLearning {
  learningId?: string;
  staffId?: string;
  reason?: string;
}

/**
 * A claim as funding-service answers it (`claim.ClaimResponse`): a claim for learning at work has `cohortId` null, no
 * seats, its paid lines in `workplaceLines` and the learning it does not pay in `excludedLearning` (both empty for a
 * cohort's claim, docs/funding.md).
 */
export type Claim = Omit<components["schemas"]["ClaimResponse"], "cohortId"> & {
  cohortId?: string | null;
  workplaceLines?: WorkplaceLine[];
  excludedLearning?: ExcludedLearning[];
};
export type ClaimReport = components["schemas"]["ClaimReportResponse"];
type Payment = components["schemas"]["Payment"];

/** What a claim is for: its cohort's dates, or learning at work for a claim with no cohort. */
export function ClaimCohort({ claim }: { claim: Claim }) {
  return claim.cohortId ? <CohortDates id={claim.cohortId} /> : <>{t.claimRules.workplaceClaim}</>;
}

/** The payment `POST /api/claims/{id}/pay` makes next: the first one still due, in milestone order as the API lists them. */
export function nextDuePayment(claim: Claim): Payment | undefined {
  return (claim.payments ?? []).find((payment) => payment.status === "DUE");
}

/** After a claim or one of its reports changed: the lists (status, payments, `blockedBy`) and its reports are read again. */
export function refreshClaim(queryClient: QueryClient, claimId: string | undefined) {
  void queryClient.invalidateQueries({ queryKey: ["claims"] });
  void queryClient.invalidateQueries({ queryKey: ["claim-reports", claimId] });
}

function Payments({ claim }: { claim: Claim }) {
  const r = t.claimRules;
  const currency = claim.currency ?? "EUR";
  return (
    <table>
      <caption>{r.paymentsTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{r.milestone}</th>
          <th scope="col" className="number">
            {r.amount}
          </th>
          <th scope="col">{r.paymentStatus}</th>
          <th scope="col">{r.paidOn}</th>
        </tr>
      </thead>
      <tbody>
        {(claim.payments ?? []).map((payment) => (
          <tr key={payment.milestone}>
            <td>{payment.milestone ? r.milestones[payment.milestone] : t.common.none}</td>
            <td className="number">{formatMoney(payment.amountMinor ?? 0, currency)}</td>
            <td>{payment.status ? r.paymentStatuses[payment.status] : t.common.none}</td>
            <td>{payment.paidOn ? formatDate(payment.paidOn) : t.common.none}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The claim's lines for signed-off learning at work (issue 20, a programme's on-the-job rule): person, kind, hours
 * counted (capped per participant) and amount, exact as the API gives them and included in the claim's total; then
 * the learning the rule did not count, with the API's reason (the API names no kind for it).
 */
function WorkplaceLearningLines({ claim }: { claim: Claim }) {
  const r = t.claimRules;
  const kinds = t.workplace.kinds;
  const currency = claim.currency ?? "EUR";
  const lines = claim.workplaceLines ?? [];
  const excluded = claim.excludedLearning ?? [];
  return (
    <>
      {lines.length > 0 ? (
        <table>
          <caption>{r.workplaceTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{r.excludedStaff}</th>
              <th scope="col">{r.workplaceKind}</th>
              <th scope="col" className="number">
                {r.workplaceHours}
              </th>
              <th scope="col" className="number">
                {r.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={`${line.learningId}-${line.staffId}`}>
                <td>
                  <StaffName id={line.staffId} />
                </td>
                <td>{line.kind ? kinds[line.kind] : t.common.none}</td>
                <td className="number">{formatNumber(line.hours ?? 0)}</td>
                <td className="number">{formatMoney(line.amountMinor ?? 0, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {excluded.length > 0 ? (
        <table>
          <caption>{r.workplaceExcludedTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{r.excludedStaff}</th>
              <th scope="col">{r.excludedReason}</th>
            </tr>
          </thead>
          <tbody>
            {excluded.map((learning) => (
              <tr key={`${learning.learningId}-${learning.staffId}`}>
                <td>
                  <StaffName id={learning.staffId} />
                </td>
                <td>{learning.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function Reports({ claimId, action }: { claimId: string; action: (report: ClaimReport) => ReactNode }) {
  const reports = useQuery({
    queryKey: ["claim-reports", claimId],
    queryFn: () => unwrap(api.funding.GET("/api/claims/{id}/reports", { params: { path: { id: claimId } } })),
  });
  const r = t.claimRules;
  return (
    <QueryView query={reports}>
      {(data) => (
        <table>
          <caption>{r.reportsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{r.requirement}</th>
              <th scope="col">{r.kind}</th>
              <th scope="col">{r.due}</th>
              <th scope="col">{r.reportState}</th>
              <th scope="col">{r.summary}</th>
              <th scope="col">{r.funderNote}</th>
              <th scope="col">{r.action}</th>
            </tr>
          </thead>
          <tbody>
            {(data.reports ?? []).map((report) => (
              <tr key={report.requirementKey}>
                <td>{report.requirementKey}</td>
                <td>{report.kind ? r.kinds[report.kind] : t.common.none}</td>
                <td>{requirementDue(report)}</td>
                <td>{report.state ? r.reportStates[report.state] : t.common.none}</td>
                <td>{report.summary || t.common.none}</td>
                <td>{report.note || t.common.none}</td>
                <td>{action(report)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryView>
  );
}

/**
 * The row under a claim's row: `lead` (the page's own part, e.g. HR's claim window), the payments, what holds the next
 * one back and the reports with `reportAction` for each. The reports are read only when the claim's programme
 * requires any.
 */
export function ClaimSchemeDetails({ claim, columns, lead, reportAction }: { claim: Claim; columns: number; lead?: ReactNode; reportAction: (report: ClaimReport) => ReactNode }) {
  const programme = useProgramme(claim.programmeId);
  const requiresReports = (programme.data?.schemeRules?.requirements ?? []).length > 0;
  const payments = claim.payments ?? [];
  const blockedBy = claim.blockedBy ?? [];
  const workplaceLearning = (claim.workplaceLines ?? []).length + (claim.excludedLearning ?? []).length;
  if (!lead && payments.length === 0 && blockedBy.length === 0 && !requiresReports && workplaceLearning === 0) return null;
  const r = t.claimRules;
  return (
    <tr className="claim-details">
      <td colSpan={columns}>
        {lead}
        {workplaceLearning > 0 ? <WorkplaceLearningLines claim={claim} /> : null}
        {payments.length > 0 ? <Payments claim={claim} /> : null}
        {blockedBy.length > 0 ? (
          <div className="blocked-by">
            <p>{r.blockedTitle}</p>
            <ul>
              {blockedBy.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {requiresReports && claim.id ? <Reports claimId={claim.id} action={reportAction} /> : null}
      </td>
    </tr>
  );
}
