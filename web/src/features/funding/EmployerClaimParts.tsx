// HR's part of a claim under scheme rules (docs/funding.md, issue 26): the claim window with "Submit claim" for a
// draft, the seats the rules did not count with the API's reason, and a report for a requirement. Refusals are shown
// as the API words them.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import { FormProblem, TextAreaField } from "../../components/Form";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";
import { refreshClaim, type Claim, type ClaimReport } from "../claims/ClaimSchemeDetails";
import { StaffName } from "../shared/Names";

export function ClaimWindow({ claim, employerId }: { claim: Claim; employerId: string }) {
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: () => unwrap(api.funding.POST("/api/claims/{id}/submit", { params: { path: { id: claim.id ?? "" } }, body: { employerId } })),
    onSuccess: () => refreshClaim(queryClient, claim.id),
  });
  const r = t.claimRules;
  const claimWindow = claim.claimWindow;
  return (
    <div className="claim-window">
      {claimWindow ? <p>{r.window(formatDate(claimWindow.opensOn), formatDate(claimWindow.closesOn))}</p> : null}
      {claim.status === "DRAFT" && claimWindow?.closesOn !== undefined && claimWindow.closesOn < new Date().toISOString().slice(0, 10) ? (
        <p>{r.windowClosed(formatDate(claimWindow.closesOn))}</p>
      ) : claim.status === "DRAFT" ? (
        <>
          <FormProblem problem={submit.error} fields={[]} />
          <button type="button" className="primary" disabled={submit.isPending} onClick={() => submit.mutate()}>
            {r.submit}
          </button>
        </>
      ) : null}
    </div>
  );
}

export function ExcludedSeats({ claim }: { claim: Claim }) {
  const r = t.claimRules;
  return (
    <table>
      <caption>{r.excludedTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{r.excludedStaff}</th>
          <th scope="col">{r.excludedReason}</th>
        </tr>
      </thead>
      <tbody>
        {(claim.excludedSeats ?? []).map((seat) => (
          <tr key={seat.enrolmentId}>
            <td>
              <StaffName id={seat.staffId} />
            </td>
            <td>{seat.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The report for one requirement: written while the funder has not accepted one (again after a rejection). */
export function SubmitReport({ claimId, employerId, report }: { claimId: string; employerId: string; report: ClaimReport }) {
  const queryClient = useQueryClient();
  const [summary, setSummary] = useState("");
  const send = useMutation({
    mutationFn: () =>
      unwrap(api.funding.POST("/api/claims/{id}/reports", { params: { path: { id: claimId } }, body: { employerId, requirementKey: report.requirementKey ?? "", summary } })),
    onSuccess: () => {
      setSummary("");
      refreshClaim(queryClient, claimId);
    },
  });
  if (report.state === "ACCEPTED") return <>{t.common.none}</>;
  const r = t.claimRules;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={r.reportForm(report.requirementKey ?? "")}>
      <FormProblem problem={send.error} fields={["summary"]} />
      <TextAreaField label={r.reportSummary} name="summary" hint={r.reportSummaryHint} problem={send.error} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
      <button type="submit" className="primary" disabled={send.isPending}>
        {r.submitReport}
      </button>
    </form>
  );
}
