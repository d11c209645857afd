// The funder's awards with what each has left (GET /api/awards: balance committed, approved, disbursed, remaining),
// filtered by programme on the server.
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDate, formatDateTime, formatMoney } from "../../format/format";
import { t } from "../../i18n";
import { useActingFor } from "../alliance/acting";
import { OrganisationName, ProgrammeName } from "../alliance/names";
import { ProgrammeFilter } from "../applications/ProgrammeFilter";

export function AwardsPage() {
  const acting = useActingFor("FUNDER", t.funder.actingFor, "funderId");
  const paging = usePaging();
  const programmeId = paging.params.get("programmeId") ?? "";
  const awards = useQuery({
    queryKey: ["awards", programmeId, paging.page, paging.size],
    queryFn: () =>
      unwrap(api.funding.GET("/api/awards", { params: { query: { programmeId: programmeId || undefined, page: paging.page, size: paging.size } } })),
    enabled: acting.organisationId !== "",
  });
  const a = t.funder.awards;
  return (
    <Page title={a.title} intro={a.intro}>
      {acting.field}
      {acting.organisationId === "" ? null : (
        <>
          <div className="filters">
            <ProgrammeFilter funderId={acting.organisationId} value={programmeId} onChange={(value) => paging.setFilters({ programmeId: value })} />
          </div>
          <QueryView query={awards}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{a.empty}</Empty>
              ) : (
                <>
                  <table>
                    <caption className="visually-hidden">{a.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{a.columns.beneficiary}</th>
                        <th scope="col">{a.columns.programme}</th>
                        <th scope="col">{a.columns.awarded}</th>
                        <th scope="col">{a.columns.period}</th>
                        <th scope="col" className="number">
                          {a.columns.amount}
                        </th>
                        <th scope="col" className="number">
                          {a.columns.approved}
                        </th>
                        <th scope="col" className="number">
                          {a.columns.disbursed}
                        </th>
                        <th scope="col" className="number">
                          {a.columns.remaining}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {(data.items ?? []).map((award) => {
                        const currency = award.currency ?? "EUR";
                        return (
                          <tr key={award.id}>
                            <td>
                              <OrganisationName id={award.beneficiaryId} />
                            </td>
                            <td>
                              <ProgrammeName id={award.programmeId} />
                            </td>
                            <td>{formatDateTime(award.awardedAt)}</td>
                            <td>{t.common.dateRange(formatDate(award.periodStart), formatDate(award.periodEnd))}</td>
                            <td className="number">{formatMoney(award.amountMinor ?? 0, currency)}</td>
                            <td className="number">{formatMoney(award.balance?.approvedMinor ?? 0, currency)}</td>
                            <td className="number">{formatMoney(award.balance?.disbursedMinor ?? 0, currency)}</td>
                            <td className="number">
                              <strong>{formatMoney(award.balance?.remainingMinor ?? 0, currency)}</strong>
                            </td>
                          </tr>
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
