// The employer's grant claims (status: draft, submitted, approved, paid, rejected) and its awards with their balance.
// Under a programme's scheme rules a claim also shows its window (a draft is submitted here), the seats not counted,
// its payments by milestone, what holds the next one back, and the reports it owes (written here).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { api, unwrap } from "../../api/http";
import { SelectField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDate, formatDateTime, formatMoney } from "../../format/format";
import { t } from "../../i18n";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { ClaimCohort, ClaimSchemeDetails } from "../claims/ClaimSchemeDetails";
import { ClaimWindow, ExcludedSeats, SubmitReport } from "./EmployerClaimParts";

const CLAIM_STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "PAID", "REJECTED"] as const;
type ClaimStatus = (typeof CLAIM_STATUSES)[number];

function money(minor: number | undefined, currency: string | undefined): string {
  return minor === undefined || !currency ? t.common.none : formatMoney(minor, currency);
}

function Awards({ employerId }: { employerId: string }) {
  const awards = useQuery({
    queryKey: ["awards", employerId],
    queryFn: () => unwrap(api.funding.GET("/api/awards", { params: { query: { beneficiaryId: employerId, page: 0, size: 100 } } })),
  });
  const f = t.funding;
  return (
    <Section title={f.awardsTitle} id="awards">
      <QueryView query={awards}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{f.noAwards}</Empty>
          ) : (
            <table>
              <caption className="visually-hidden">{f.awardsTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{f.awarded}</th>
                  <th scope="col">{f.period}</th>
                  <th scope="col" className="number">
                    {f.amount}
                  </th>
                  <th scope="col" className="number">
                    {f.approved}
                  </th>
                  <th scope="col" className="number">
                    {f.disbursed}
                  </th>
                  <th scope="col" className="number">
                    {f.remaining}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(data.items ?? []).map((award) => (
                  <tr key={award.id}>
                    <td>{formatDateTime(award.awardedAt)}</td>
                    <td>{t.common.dateRange(formatDate(award.periodStart), formatDate(award.periodEnd))}</td>
                    <td className="number">{money(award.amountMinor, award.currency)}</td>
                    <td className="number">{money(award.balance?.approvedMinor, award.currency)}</td>
                    <td className="number">{money(award.balance?.disbursedMinor, award.currency)}</td>
                    <td className="number">{money(award.balance?.remainingMinor, award.currency)}</td>
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

export function ClaimsPage() {
  const employerId = useEmployerId();
  const paging = usePaging();
  const status = (paging.params.get("status") ?? "") as ClaimStatus | "";
  const claims = useQuery({
    queryKey: ["claims", employerId, status, paging.page, paging.size],
    queryFn: () => unwrap(api.funding.GET("/api/claims", { params: { query: { employerId: employerId ?? "", page: paging.page, size: paging.size, ...(status ? { status } : {}) } } })),
    enabled: employerId !== null,
    placeholderData: keepPreviousData,
  });
  const f = t.funding;
  if (employerId === null) return <NoEmployer title={f.title} />;
  return (
    <Page title={f.title} intro={f.intro}>
      <Section title={f.claimsTitle} id="claims">
        <div className="filters" role="search">
          <SelectField label={f.filterStatus} name="status" value={status} onChange={(event) => paging.setFilters({ status: event.target.value })}>
            <option value="">{t.common.all}</option>
            {CLAIM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {f.claimStatus[value]}
              </option>
            ))}
          </SelectField>
        </div>
        <QueryView query={claims}>
          {(data) =>
            (data.items ?? []).length === 0 ? (
              <Empty>{status ? f.noClaimsFiltered : f.noClaims}</Empty>
            ) : (
              <>
                <table>
                  <caption className="visually-hidden">{f.claimsTitle}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{f.cohort}</th>
                      <th scope="col">{f.madeOn}</th>
                      <th scope="col">{f.status}</th>
                      <th scope="col" className="number">
                        {f.seats}
                      </th>
                      <th scope="col" className="number">
                        {f.claimed}
                      </th>
                      <th scope="col" className="number">
                        {f.approved}
                      </th>
                      <th scope="col">{f.note}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(data.items ?? []).map((claim) => (
                      <Fragment key={claim.id}>
                        <tr>
                          <td>
                            <ClaimCohort claim={claim} />
                          </td>
                          <td>{formatDateTime(claim.createdAt)}</td>
                          <td>{claim.status ? f.claimStatus[claim.status] : t.common.none}</td>
                          <td className="number">{(claim.seats ?? []).length}</td>
                          <td className="number">{money(claim.claimedMinor, claim.currency)}</td>
                          <td className="number">{money(claim.approvedMinor, claim.currency)}</td>
                          <td>{claim.decisionNote || t.common.none}</td>
                        </tr>
                        <ClaimSchemeDetails
                          claim={claim}
                          columns={7}
                          lead={
                            claim.claimWindow || (claim.excludedSeats ?? []).length > 0 ? (
                              <>
                                <ClaimWindow claim={claim} employerId={employerId} />
                                {(claim.excludedSeats ?? []).length > 0 ? <ExcludedSeats claim={claim} /> : null}
                              </>
                            ) : null
                          }
                          reportAction={(report) => <SubmitReport claimId={claim.id ?? ""} employerId={employerId} report={report} />}
                        />
                      </Fragment>
                    ))}
                  </tbody>
                </table>
                <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
              </>
            )
          }
        </QueryView>
      </Section>
      <Awards employerId={employerId} />
    </Page>
  );
}
