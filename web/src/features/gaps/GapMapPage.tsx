// The alliance's gap map (GET /api/skills/gaps/alliances/{id}, docs/skills-needs.md): staff below target per skill,
// by employer size band, anonymised with small cells suppressed; and which skills no published course reaches.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { Page, Section } from "../../components/Page";
import { Empty, QueryView } from "../../components/States";
import { formatDate, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { useAllianceChoice } from "../alliance/acting";
import { Chart } from "../../components/Chart";
import { GAP_SIZE_BANDS, gapMapOption } from "./gapMapChart";

type GapMap = components["schemas"]["GapMapResponse"];
type Count = components["schemas"]["Count"];

function CountText({ count }: { count: Count | undefined }) {
  if (!count) return <>{t.common.none}</>;
  return <>{count.suppressed ? t.pages.suppressed : formatNumber(count.value ?? 0)}</>;
}

function GapMapView({ map }: { map: GapMap }) {
  const g = t.coordinator.gaps;
  const rows = map.skills ?? [];
  const option = useMemo(
    () => gapMapOption(rows, { suppressed: t.pages.suppressed, sizeBand: (band) => t.pages.sizeBands[band as keyof typeof t.pages.sizeBands] ?? band }),
    [map],
  );
  const bands = GAP_SIZE_BANDS.filter((band) => rows.some((row) => (row.bySizeBand ?? []).some((cell) => cell.sizeBand === band)));
  return (
    <>
      <dl className="figures">
        <div>
          <dt>{g.staffCovered}</dt>
          <dd>
            <CountText count={map.staffCovered} />
          </dd>
        </div>
        <div>
          <dt>{g.staffWithProfile}</dt>
          <dd>
            <CountText count={map.staffWithProfile} />
          </dd>
        </div>
        <div>
          <dt>{g.staffWithoutProfile}</dt>
          <dd>
            <CountText count={map.staffWithoutProfile} />
          </dd>
        </div>
      </dl>
      <p className="hint">{g.asOf(formatDate(map.asOf), map.k ?? 5)}</p>
      {rows.length === 0 ? (
        <Empty>{g.empty}</Empty>
      ) : (
        <>
          <Section title={g.chartTitle}>
            <Chart option={option} height={`${Math.max(14, rows.length * 2.2 + 6)}rem`} />
          </Section>
          <table>
            <caption>{g.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{g.columns.skill}</th>
                <th scope="col" className="number">
                  {g.columns.staffBelowTarget}
                </th>
                <th scope="col" className="number">
                  {g.columns.totalGap}
                </th>
                {bands.map((band) => (
                  <th key={band} scope="col" className="number">
                    {t.pages.sizeBands[band]}
                  </th>
                ))}
                <th scope="col">{g.columns.coverage}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.skillId}>
                  <th scope="row">
                    {row.skillName} <span className="hint">({row.skillCode})</span>
                  </th>
                  <td className="number">{row.suppressed ? t.pages.suppressed : formatNumber(row.staffBelowTarget ?? 0)}</td>
                  <td className="number">{row.suppressed ? t.pages.suppressed : formatNumber(row.totalGap ?? 0)}</td>
                  {bands.map((band) => {
                    const cell = (row.bySizeBand ?? []).find((candidate) => candidate.sizeBand === band);
                    return (
                      <td key={band} className="number">
                        {row.suppressed || cell?.suppressed ? t.pages.suppressed : cell ? formatNumber(cell.staffBelowTarget ?? 0) : t.common.none}
                      </td>
                    );
                  })}
                  <td>
                    {row.missingCourse ? <strong className="bad">{g.missingCourse}</strong> : null}{" "}
                    {g.coverage(row.coursesTeaching ?? 0, row.highestCourseLevel ?? 0, row.coursesWithOpenCohort ?? 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

export function GapMapPage() {
  const { alliance, chooser, state } = useAllianceChoice();
  const map = useQuery({
    queryKey: ["gap-map", alliance?.id],
    queryFn: () => unwrap(api.curriculum.GET("/api/skills/gaps/alliances/{allianceId}", { params: { path: { allianceId: alliance?.id ?? "" } } })),
    enabled: alliance !== undefined,
  });
  return (
    <Page title={t.coordinator.gaps.title} intro={t.coordinator.gaps.intro}>
      {chooser}
      {state ?? <QueryView query={map}>{(data) => <GapMapView map={data} />}</QueryView>}
    </Page>
  );
}
