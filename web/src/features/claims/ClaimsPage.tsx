// Claims under the funder's programmes (docs/funding.md): approve a submitted claim (its amount, or what the award
// has left), reject it with a note, pay an approved one (milestone by milestone under scheme rules: the button names
// the payment it makes and sends its milestone, so a page read before another payment cannot pay a different one).
// Under the claim: its payments, what holds the next one back, and the reports with accept and reject. Filtered by
// programme and status on the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDateTime, formatMoney, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { useActingFor } from "../alliance/acting";
import { OrganisationName, ProgrammeName, useProgramme } from "../alliance/names";
import { ProgrammeFilter } from "../applications/ProgrammeFilter";
import { ClaimCohort, ClaimSchemeDetails, nextDuePayment, refreshClaim, type ClaimReport } from "./ClaimSchemeDetails";

type Claim = components["schemas"]["ClaimResponse"];
type Status = NonNullable<Claim["status"]>;
const STATUSES: Status[] = ["DRAFT", "SUBMITTED", "APPROVED", "PAID", "REJECTED"];

function ClaimDecision({ claim }: { claim: Claim }) {
  const queryClient = useQueryClient();
  const programme = useProgramme(claim.programmeId);
  const funderId = programme.data?.funderId ?? "";
  const [note, setNote] = useState("");
  const [paidOn, setPaidOn] = useState("");
  const milestone = nextDuePayment(claim)?.milestone;
  const act = useMutation({
    mutationFn: (action: "approve" | "reject" | "pay") => {
      const path = { params: { path: { id: claim.id ?? "" } } };
      const payment = action === "pay" ? { ...(paidOn !== "" ? { paidOn } : {}), ...(milestone ? { milestone } : {}) } : {};
      const body = { funderId, ...(note.trim() === "" ? {} : { note }), ...payment };
      if (action === "approve") return unwrap(api.funding.POST("/api/claims/{id}/approve", { ...path, body }));
      if (action === "reject") return unwrap(api.funding.POST("/api/claims/{id}/reject", { ...path, body }));
      return unwrap(api.funding.POST("/api/claims/{id}/pay", { ...path, body }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
      void queryClient.invalidateQueries({ queryKey: ["awards"] });
      void queryClient.invalidateQueries({ queryKey: ["programmes"] });
    },
  });
  const c = t.funder.claims;
  if (claim.status !== "SUBMITTED" && claim.status !== "APPROVED") return <>{claim.decisionNote ?? t.common.none}</>;
  const submit = (event: FormEvent) => event.preventDefault();
  return (
    <form onSubmit={submit} noValidate aria-label={c.decide}>
      <FormProblem problem={act.error} fields={["note", "paidOn"]} />
      {claim.status === "SUBMITTED" ? (
        <TextField label={c.note} name="note" hint={c.noteHint} problem={act.error} value={note} onChange={(event) => setNote(event.target.value)} />
      ) : (
        <TextField
          label={c.paidOn}
          name="paidOn"
          type="date"
          hint={c.paidOnHint}
          problem={act.error}
          value={paidOn}
          onChange={(event) => setPaidOn(event.target.value)}
        />
      )}
      <div className="actions">
        {claim.status === "SUBMITTED" ? (
          <>
            <button type="button" className="primary" disabled={act.isPending || funderId === ""} onClick={() => act.mutate("approve")}>
              {c.approve}
            </button>
            <button type="button" className="danger" disabled={act.isPending || funderId === ""} onClick={() => act.mutate("reject")}>
              {c.reject}
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={act.isPending || funderId === ""} onClick={() => act.mutate("pay")}>
            {milestone ? c.payMilestone(t.claimRules.milestones[milestone]) : c.pay}
          </button>
        )}
      </div>
    </form>
  );
}

/** Accept a submitted report, or reject it with a note the employer sees. */
function ReportDecision({ claim, report }: { claim: Claim; report: ClaimReport }) {
  const queryClient = useQueryClient();
  const programme = useProgramme(claim.programmeId);
  const funderId = programme.data?.funderId ?? "";
  const [note, setNote] = useState("");
  const decide = useMutation({
    mutationFn: (action: "accept" | "reject") => {
      const path = { params: { path: { id: claim.id ?? "", requirementKey: report.requirementKey ?? "" } } };
      if (action === "accept") return unwrap(api.funding.POST("/api/claims/{id}/reports/{requirementKey}/accept", { ...path, body: { funderId } }));
      return unwrap(api.funding.POST("/api/claims/{id}/reports/{requirementKey}/reject", { ...path, body: { funderId, note } }));
    },
    onSuccess: () => {
      setNote("");
      refreshClaim(queryClient, claim.id);
    },
  });
  if (report.state !== "SUBMITTED") return <>{t.common.none}</>;
  const c = t.funder.claims;
  const submit = (event: FormEvent) => event.preventDefault();
  return (
    <form onSubmit={submit} noValidate aria-label={c.reportDecision(report.requirementKey ?? "")}>
      <FormProblem problem={decide.error} fields={["note"]} />
      <TextField label={c.reportNote} name="note" hint={c.reportNoteHint} problem={decide.error} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="actions">
        <button type="button" className="primary" disabled={decide.isPending || funderId === ""} onClick={() => decide.mutate("accept")}>
          {c.acceptReport}
        </button>
        <button type="button" className="danger" disabled={decide.isPending || funderId === ""} onClick={() => decide.mutate("reject")}>
          {c.rejectReport}
        </button>
      </div>
    </form>
  );
}

export function ClaimsPage() {
  const acting = useActingFor("FUNDER", t.funder.actingFor, "funderId");
  const paging = usePaging();
  const programmeId = paging.params.get("programmeId") ?? "";
  const status = (paging.params.get("status") ?? "") as Status | "";
  const claims = useQuery({
    queryKey: ["claims", programmeId, status, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.funding.GET("/api/claims", {
          params: { query: { programmeId: programmeId || undefined, status: status === "" ? undefined : status, page: paging.page, size: paging.size } },
        }),
      ),
    enabled: acting.organisationId !== "",
  });
  const c = t.funder.claims;
  return (
    <Page title={c.title} intro={c.intro}>
      {acting.field}
      {acting.organisationId === "" ? null : (
        <>
          <div className="filters">
            <ProgrammeFilter funderId={acting.organisationId} value={programmeId} onChange={(value) => paging.setFilters({ programmeId: value })} />
            <SelectField label={c.status} name="status" value={status} onChange={(event) => paging.setFilters({ status: event.target.value })}>
              <option value="">{t.common.all}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {c.statuses[value]}
                </option>
              ))}
            </SelectField>
          </div>
          <QueryView query={claims}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{c.empty}</Empty>
              ) : (
                <>
                  <table>
                    <caption className="visually-hidden">{c.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{c.columns.employer}</th>
                        <th scope="col">{c.columns.programme}</th>
                        <th scope="col">{c.columns.cohort}</th>
                        <th scope="col" className="number">
                          {c.columns.seats}
                        </th>
                        <th scope="col" className="number">
                          {c.columns.claimed}
                        </th>
                        <th scope="col" className="number">
                          {c.columns.approved}
                        </th>
                        <th scope="col">{c.columns.status}</th>
                        <th scope="col">{c.columns.updated}</th>
                        <th scope="col">{c.columns.decision}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(data.items ?? []).map((claim) => {
                        const currency = claim.currency ?? "EUR";
                        return (
                          <Fragment key={claim.id}>
                            <tr>
                              <td>
                                <OrganisationName id={claim.employerId} />
                              </td>
                              <td>
                                <ProgrammeName id={claim.programmeId} />
                              </td>
                              <td>
                                <ClaimCohort claim={claim} />
                              </td>
                              <td className="number">{formatNumber((claim.seats ?? []).length)}</td>
                              <td className="number">{formatMoney(claim.claimedMinor ?? 0, currency)}</td>
                              <td className="number">{claim.approvedMinor === undefined ? t.common.none : formatMoney(claim.approvedMinor, currency)}</td>
                              <td>{claim.status ? c.statuses[claim.status] : t.common.none}</td>
                              <td>{formatDateTime(claim.updatedAt)}</td>
                              <td>
                                <ClaimDecision claim={claim} />
                              </td>
                            </tr>
                            <ClaimSchemeDetails claim={claim} columns={9} reportAction={(report) => <ReportDecision claim={claim} report={report} />} />
                          </Fragment>
                        );
                      })}
                    </tbody>
                  </table>
                  <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
                </>
              )
            }
          </QueryView>
        </>
      )}
    </Page>
  );
}
