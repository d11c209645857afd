// The employer against its alliance (GET /api/reports/alliances/{a}/employers/{e}/benchmark): per metric its own value
// and the alliance's quartiles, withheld when too few employers contribute; the same as CSV (Accept: text/csv).
import { useMutation, useQuery } from "@tanstack/react-query";
import { saveBlob } from "../../api/download";
import { api, unwrap } from "../../api/http";
import { Page } from "../../components/Page";
import { Empty, ErrorState, Loading, QueryView } from "../../components/States";
import { formatDate, formatNumber, formatPercent } from "../../format/format";
import { t } from "../../i18n";
import { AllianceChoice } from "../employer/AllianceChoice";
import { NoEmployer } from "../employer/NoEmployer";
import { useChosenAlliance, useEmployerAlliances, useEmployerId } from "../employer/employer";

const RATE_METRICS = new Set(["completionRate", "credentialRate", "skillGainRate"]);

function metricLabel(key: string): string {
  return (t.benchmark.metrics as Record<string, string>)[key] ?? key;
}

function metricValue(key: string, value: number | undefined): string {
  if (value === undefined || value === null) return t.common.none;
  return RATE_METRICS.has(key) ? formatPercent(value) : formatNumber(Math.round(value * 100) / 100);
}

function Benchmark({ allianceId, employerId }: { allianceId: string; employerId: string }) {
  const benchmark = useQuery({
    queryKey: ["benchmark", allianceId, employerId],
    queryFn: async () => {
      const answer = await unwrap(
        api.reporting.GET("/api/reports/alliances/{allianceId}/employers/{employerId}/benchmark", { params: { path: { allianceId, employerId } }, headers: { Accept: "application/json" } }),
      );
      // the operation also answers text/csv; asked for JSON, a string would be a gateway's fault
      if (typeof answer === "string") throw new Error(t.benchmark.notJson);
      return answer;
    },
  });
  const csv = useMutation({
    mutationFn: async () => {
      const response = await api.send(`/api/reports/alliances/${allianceId}/employers/${employerId}/benchmark`, { headers: { Accept: "text/csv" } });
      return response.blob();
    },
    onSuccess: (blob) => saveBlob(`employer-benchmark-${employerId}-in-alliance-${allianceId}.csv`, blob),
  });
  const b = t.benchmark;
  return (
    <QueryView query={benchmark}>
      {(data) => {
        const metrics = Object.entries(data.metrics ?? {});
        return (
          <>
            <p>{b.asOf(formatDate(data.currentAsOf?.slice(0, 10)), data.minimumEmployers ?? 0)}</p>
            {metrics.length === 0 ? (
              <Empty>{b.empty}</Empty>
            ) : (
              <table>
                <caption className="visually-hidden">{b.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{b.metric}</th>
                    <th scope="col" className="number">
                      {b.own}
                    </th>
                    <th scope="col" className="number">
                      {b.lowerQuartile}
                    </th>
                    <th scope="col" className="number">
                      {b.median}
                    </th>
                    <th scope="col" className="number">
                      {b.upperQuartile}
                    </th>
                    <th scope="col" className="number">
                      {b.contributing}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {metrics.map(([key, metric]) => (
                    <tr key={key}>
                      <th scope="row">{metricLabel(key)}</th>
                      <td className="number">{metricValue(key, metric.own)}</td>
                      {metric.withheld ? (
                        <td colSpan={3}>{b.withheld}</td>
                      ) : (
                        <>
                          <td className="number">{metricValue(key, metric.lowerQuartile)}</td>
                          <td className="number">{metricValue(key, metric.median)}</td>
                          <td className="number">{metricValue(key, metric.upperQuartile)}</td>
                        </>
                      )}
                      <td className="number">{formatNumber(metric.contributingEmployers ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <button type="button" onClick={() => csv.mutate()} disabled={csv.isPending}>
              {b.downloadCsv}
            </button>
            {csv.error ? <ErrorState error={csv.error} /> : null}
          </>
        );
      }}
    </QueryView>
  );
}

export function BenchmarkPage() {
  const employerId = useEmployerId();
  const alliances = useEmployerAlliances(employerId);
  const { allianceId, choose } = useChosenAlliance(alliances.data);
  const b = t.benchmark;
  if (employerId === null) return <NoEmployer title={b.title} />;
  return (
    <Page title={b.title} intro={b.intro}>
      <AllianceChoice memberships={alliances.data} allianceId={allianceId} onChoose={choose} />
      {alliances.isPending ? <Loading /> : !allianceId ? <Empty>{t.employer.noAlliance}</Empty> : <Benchmark allianceId={allianceId} employerId={employerId} />}
    </Page>
  );
}
