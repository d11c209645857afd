// The employer's skills gaps in an alliance (GET /api/skills/gaps/employers/{id}) and the courses recommended to close
// them (GET /api/skills/recommendations/employers/{id}), with each one's open cohort and expected net cost.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { Chart, type ChartOption } from "../../components/Chart";
import { Page, Section } from "../../components/Page";
import { Empty, Loading, QueryView } from "../../components/States";
import { formatDate, formatMoney, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { AllianceChoice } from "../employer/AllianceChoice";
import { NoEmployer } from "../employer/NoEmployer";
import { useChosenAlliance, useEmployerAlliances, useEmployerId } from "../employer/employer";

type Tally = components["schemas"]["SkillTallyResponse"];

function GapChart({ skills }: { skills: Tally[] }) {
  const top = skills.slice(0, 12);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 160, right: 20, top: 10, bottom: 20 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: top.map((skill) => skill.skillName ?? skill.skillCode ?? "") },
      series: [{ type: "bar", data: top.map((skill) => skill.totalGap ?? 0), itemStyle: { color: "#a4161a" } }],
      tooltip: {},
    }),
    [top],
  );
  return <Chart option={option} height={`${Math.max(8, top.length * 1.8)}rem`} />;
}

function Gaps({ employerId, allianceId }: { employerId: string; allianceId: string }) {
  const gaps = useQuery({
    queryKey: ["gaps", employerId, allianceId],
    queryFn: () => unwrap(api.curriculum.GET("/api/skills/gaps/employers/{employerId}", { params: { path: { employerId }, query: { allianceId } } })),
  });
  const s = t.skills;
  return (
    <Section title={s.gapsTitle} id="gaps">
      <QueryView query={gaps}>
        {(data) => (
          <>
            <p>{s.coverage(data.staffCovered ?? 0, data.staffWithoutProfile ?? 0)}</p>
            {(data.skills ?? []).length === 0 ? (
              <Empty>{s.noGaps}</Empty>
            ) : (
              <div className="split">
                <table>
                  <caption className="visually-hidden">{s.gapsTitle}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{s.skill}</th>
                      <th scope="col">{s.category}</th>
                      <th scope="col" className="number">
                        {s.staffBelowTarget}
                      </th>
                      <th scope="col" className="number">
                        {s.totalGap}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {(data.skills ?? []).map((skill) => (
                      <tr key={skill.skillId}>
                        <th scope="row">{skill.skillName}</th>
                        <td>{skill.category ? s.categories[skill.category] : t.common.none}</td>
                        <td className="number">{s.ofStaff(skill.staffBelowTarget ?? 0, skill.staffRequiring ?? 0)}</td>
                        <td className="number">{formatNumber(skill.totalGap ?? 0)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <GapChart skills={data.skills ?? []} />
              </div>
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}

function Recommendations({ employerId, allianceId }: { employerId: string; allianceId: string }) {
  const recommendations = useQuery({
    queryKey: ["recommendations", employerId, allianceId],
    queryFn: () => unwrap(api.curriculum.GET("/api/skills/recommendations/employers/{employerId}", { params: { path: { employerId }, query: { allianceId, limit: 10 } } })),
  });
  const s = t.skills;
  return (
    <Section title={s.recommendationsTitle} id="recommendations">
      <QueryView query={recommendations}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{s.noRecommendations}</Empty>
          ) : (
            <>
              {data.fundingAnswered === false ? <p className="hint">{s.fundingUnanswered}</p> : null}
              <table>
                <caption className="visually-hidden">{s.recommendationsTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.rank}</th>
                    <th scope="col">{s.course}</th>
                    <th scope="col" className="number">
                      {s.staffHelped}
                    </th>
                    <th scope="col" className="number">
                      {s.gapClosed}
                    </th>
                    <th scope="col">{s.nextCohort}</th>
                    <th scope="col" className="number">
                      {s.expectedGrant}
                    </th>
                    <th scope="col" className="number">
                      {s.netCost}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((item) => {
                    const cost = item.cost;
                    const money = (minor: number | undefined) => (minor === undefined || !cost?.currency ? t.common.none : formatMoney(minor, cost.currency));
                    return (
                      <tr key={`${item.courseId}-${item.cohort?.id ?? ""}`}>
                        <td>{item.rank}</td>
                        <td>
                          <Link to={`/catalogue/${item.courseId}`}>{item.title}</Link>
                        </td>
                        <td className="number">{formatNumber(item.staffHelped ?? 0)}</td>
                        <td className="number">{formatNumber(item.gapClosed ?? 0)}</td>
                        <td>{item.cohort?.id ? <Link to={`/cohorts/${item.cohort.id}`}>{t.common.dateRange(formatDate(item.cohort.startDate), formatDate(item.cohort.endDate))}</Link> : t.common.none}</td>
                        <td className="number">{cost?.grantKnown === false ? s.grantUnknown : money(cost?.expectedGrantMinor)}</td>
                        <td className="number">{money(cost?.netCostMinor)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )
        }
      </QueryView>
    </Section>
  );
}

export function SkillsPage() {
  const employerId = useEmployerId();
  const alliances = useEmployerAlliances(employerId);
  const { allianceId, choose } = useChosenAlliance(alliances.data);
  const s = t.skills;
  if (employerId === null) return <NoEmployer title={s.title} />;
  return (
    <Page title={s.title} intro={s.intro}>
      <AllianceChoice memberships={alliances.data} allianceId={allianceId} onChoose={choose} />
      {alliances.isPending ? (
        <Loading />
      ) : !allianceId ? (
        <Empty>{t.employer.noAlliance}</Empty>
      ) : (
        <>
          <Gaps employerId={employerId} allianceId={allianceId} />
          <Recommendations employerId={employerId} allianceId={allianceId} />
        </>
      )}
    </Page>
  );
}
