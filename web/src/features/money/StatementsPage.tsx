// The employer's statement for a period (totals and the ledger lines behind them) and its cost shares per cohort.
import { Link } from "react-router";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, ErrorState, QueryView } from "../../components/States";
import { formatDate, formatMoney } from "../../format/format";
import { t } from "../../i18n";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { CohortDates } from "../shared/Names";
import { PeriodForm } from "./PeriodForm";
import { StatementTotals, useCostShares, usePeriod, useStatement } from "./money";

function CostShares({ employerId }: { employerId: string }) {
  const paging = usePaging();
  const shares = useCostShares(employerId, paging.page, paging.size);
  const m = t.money;
  return (
    <Section title={m.costSharesTitle} id="cost-shares">
      <p className="hint">{m.costSharesHint}</p>
      <QueryView query={shares}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>
              {m.noCostShares} <Link to="/catalogue">{t.enrolments.toCatalogue}</Link>
            </Empty>
          ) : (
            <>
              <table>
                <caption className="visually-hidden">{m.costSharesTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.cohort}</th>
                    <th scope="col">{m.rule}</th>
                    <th scope="col">{m.shareStatus}</th>
                    <th scope="col" className="number">
                      {m.seats}
                    </th>
                    <th scope="col" className="number">
                      {m.yourShare}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((share) => {
                    const own = (share.shares ?? []).find((line) => line.employerId === employerId);
                    return (
                      <tr key={share.cohortId}>
                        <td>
                          <Link to={`/cohorts/${share.cohortId}`}>
                            <CohortDates id={share.cohortId} />
                          </Link>
                        </td>
                        <td>{share.rule ? m.rules[share.rule] : t.common.none}</td>
                        <td>{share.status ? m.shareStatuses[share.status] : t.common.none}</td>
                        <td className="number">{own?.seats ?? t.common.none}</td>
                        <td className="number">{own?.amountMinor !== undefined && share.currency ? formatMoney(own.amountMinor, share.currency) : t.common.none}</td>
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
    </Section>
  );
}

export function StatementsPage() {
  const employerId = useEmployerId();
  const { from, to, setPeriod } = usePeriod();
  const statement = useStatement(employerId ?? "", from, to);
  const m = t.money;
  if (employerId === null) return <NoEmployer title={m.statementsTitle} />;
  return (
    <Page title={m.statementsTitle} intro={m.statementsIntro}>
      <PeriodForm key={`${from}/${to}`} from={from} to={to} onApply={setPeriod} problem={statement.error} />
      {statement.error ? (
        <ErrorState error={statement.error} onRetry={() => void statement.refetch()} />
      ) : (
        <QueryView query={statement}>
          {(data) => (
            <>
              <StatementTotals totals={data.totals ?? []} from={from} to={to} />
              <Section title={m.linesTitle} id="statement-lines">
                {(data.lines ?? []).length === 0 ? (
                  <Empty>{m.noLines}</Empty>
                ) : (
                  <table>
                    <caption className="visually-hidden">{m.linesTitle}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{m.date}</th>
                        <th scope="col">{m.entryType}</th>
                        <th scope="col">{m.cohort}</th>
                        <th scope="col">{m.reference}</th>
                        <th scope="col" className="number">
                          {m.amount}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {(data.lines ?? []).map((line) => (
                        <tr key={line.entryId}>
                          <td>{formatDate(line.occurredOn)}</td>
                          <td>{line.type ? m.entryTypes[line.type] : t.common.none}</td>
                          <td>{line.cohortId ? <CohortDates id={line.cohortId} /> : t.common.none}</td>
                          <td>{line.reference ?? t.common.none}</td>
                          <td className="number">{line.amountMinor !== undefined && line.currency ? formatMoney(line.amountMinor, line.currency) : t.common.none}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </Section>
            </>
          )}
        </QueryView>
      )}
      <CostShares employerId={employerId} />
    </Page>
  );
}
