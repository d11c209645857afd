// The employer's money, always from the statement API (GET /api/statements: shares charged, grant offsets paid, net
// payable, approved but not paid, per currency, for a period) and the cost-share API (the employer's own share of each
// cohort, provisional until the cohort runs). The home page and the statements page show the same component, so their
// figures are the statement API's figures, formatted, never recomputed.
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { formatDate, formatMoney } from "../../format/format";
import { t } from "../../i18n";

type Totals = components["schemas"]["TotalsView"];

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/** The period from ?from=&to=, by default the calendar year so far (dates inclusive, as the API takes them). */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const today = new Date();
  const from = params.get("from") || `${today.getFullYear()}-01-01`;
  const to = params.get("to") || isoDay(today);
  const setPeriod = (nextFrom: string, nextTo: string) => {
    const next = new URLSearchParams(params);
    next.set("from", nextFrom);
    next.set("to", nextTo);
    setParams(next);
  };
  return { from, to, setPeriod };
}

export function useStatement(employerId: string, from: string, to: string) {
  return useQuery({
    queryKey: ["statement", employerId, from, to],
    queryFn: () => unwrap(api.funding.GET("/api/statements", { params: { query: { employerId, from, to } } })),
    enabled: employerId !== "",
  });
}

export function useCostShares(employerId: string, page = 0, size = 20) {
  return useQuery({
    queryKey: ["cost-shares", employerId, page, size],
    queryFn: () => unwrap(api.funding.GET("/api/cost-shares", { params: { query: { employerId, page, size } } })),
    enabled: employerId !== "",
  });
}

/** The statement's totals, one row per currency, in a table with the API's own figures. */
export function StatementTotals({ totals, from, to }: { totals: Totals[]; from: string; to: string }) {
  const m = t.money;
  if (totals.length === 0) return <p className="state">{m.nothingInPeriod(formatDate(from), formatDate(to))}</p>;
  return (
    <table>
      <caption>{m.totalsCaption(formatDate(from), formatDate(to))}</caption>
      <thead>
        <tr>
          <th scope="col">{m.currency}</th>
          <th scope="col" className="number">
            {m.sharesCharged}
          </th>
          <th scope="col" className="number">
            {m.grantOffsets}
          </th>
          <th scope="col" className="number">
            {m.netPayable}
          </th>
          <th scope="col" className="number">
            {m.approvedNotPaid}
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((row) => {
          const currency = row.currency ?? "EUR";
          return (
            <tr key={currency}>
              <th scope="row">{currency}</th>
              <td className="number" data-minor={row.sharesChargedMinor}>
                {formatMoney(row.sharesChargedMinor ?? 0, currency)}
              </td>
              <td className="number" data-minor={row.grantOffsetsMinor}>
                {formatMoney(row.grantOffsetsMinor ?? 0, currency)}
              </td>
              <td className="number" data-minor={row.netPayableMinor}>
                {formatMoney(row.netPayableMinor ?? 0, currency)}
              </td>
              <td className="number" data-minor={row.approvedNotPaidMinor}>
                {formatMoney(row.approvedNotPaidMinor ?? 0, currency)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
