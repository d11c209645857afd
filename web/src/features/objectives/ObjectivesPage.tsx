// The alliance's objectives with their progress (GET /api/skills/objectives, docs/skills-needs.md): where each stands,
// whether it is on track, and the chosen objective's trajectory: the required path, the target and today's figure.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { SelectField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDate, formatNumber, formatPercent } from "../../format/format";
import { t } from "../../i18n";
import { useAllianceChoice } from "../alliance/acting";
import { Chart } from "../../components/Chart";
import { trajectoryOption } from "./trajectory";

type Objective = components["schemas"]["ObjectiveResponse"];
type Kind = NonNullable<Objective["kind"]>;

function figureOf(objective: Objective) {
  return (value: number) => (objective.kind === "COMPLETION_RATE" ? formatPercent(value) : formatNumber(value));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function Trajectory({ objective }: { objective: Objective }) {
  const o = t.coordinator.objectives;
  const figure = figureOf(objective);
  const option = useMemo(() => trajectoryOption(objective, today(), { required: o.required, current: o.current, target: o.target, figure }), [objective]);
  const points = objective.progress?.trajectory ?? [];
  return (
    <Section title={o.trajectoryOf(objective.title ?? "")} id="trajectory">
      <Chart option={option} />
      <table>
        <caption>{o.trajectoryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{o.date}</th>
            <th scope="col" className="number">
              {o.required}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.date}>
              <td>{formatDate(point.date)}</td>
              <td className="number">{point.required === undefined ? t.common.none : figure(point.required)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function ObjectivesPage() {
  const { alliance, chooser, state } = useAllianceChoice();
  const paging = usePaging();
  const kind = (paging.params.get("kind") ?? "") as Kind | "";
  const chosen = paging.params.get("objective");
  const objectives = useQuery({
    queryKey: ["objectives", alliance?.id, kind, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.curriculum.GET("/api/skills/objectives", {
          params: { query: { allianceId: alliance?.id, kind: kind === "" ? undefined : kind, page: paging.page, size: paging.size } },
        }),
      ),
    enabled: alliance !== undefined,
  });
  const o = t.coordinator.objectives;
  return (
    <Page title={o.title} intro={o.intro}>
      {chooser}
      {state ?? (
        <>
          <div className="filters">
            <SelectField label={o.kind} name="kind" value={kind} onChange={(event) => paging.setFilters({ kind: event.target.value, objective: undefined })}>
              <option value="">{t.common.all}</option>
              <option value="STAFF_AT_LEVEL">{o.kinds.STAFF_AT_LEVEL}</option>
              <option value="COMPLETION_RATE">{o.kinds.COMPLETION_RATE}</option>
            </SelectField>
          </div>
          <QueryView query={objectives}>
            {(data) => {
              const items = data.items ?? [];
              if (items.length === 0) return <Empty>{o.empty}</Empty>;
              const selected = items.find((objective) => objective.id === chosen) ?? items[0];
              return (
                <>
                  <table>
                    <caption className="visually-hidden">{o.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{o.columns.title}</th>
                        <th scope="col">{o.columns.kind}</th>
                        <th scope="col" className="number">
                          {o.columns.current}
                        </th>
                        <th scope="col" className="number">
                          {o.columns.requiredNow}
                        </th>
                        <th scope="col" className="number">
                          {o.columns.target}
                        </th>
                        <th scope="col">{o.columns.targetDate}</th>
                        <th scope="col">{o.columns.status}</th>
                        <th scope="col">{o.columns.trajectory}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((objective) => {
                        const figure = figureOf(objective);
                        const progress = objective.progress;
                        return (
                          <tr key={objective.id}>
                            <td>{objective.title}</td>
                            <td>{objective.kind ? o.kinds[objective.kind] : t.common.none}</td>
                            <td className="number">
                              {progress?.current === undefined || progress.current === null ? t.common.none : figure(progress.current)}
                            </td>
                            <td className="number">
                              {progress?.requiredNow === undefined || progress.requiredNow === null ? t.common.none : figure(progress.requiredNow)}
                            </td>
                            <td className="number">{progress?.target === undefined ? t.common.none : figure(progress.target)}</td>
                            <td>{formatDate(objective.targetDate)}</td>
                            <td className={progress?.onTrack === false ? "bad" : progress?.onTrack ? "ok" : undefined}>
                              {progress?.status ? o.statuses[progress.status] : t.common.none}
                            </td>
                            <td>
                              <button
                                type="button"
                                aria-pressed={objective.id === selected?.id}
                                onClick={() => paging.setFilters({ objective: objective.id, page: paging.page === 0 ? undefined : String(paging.page) })}
                                aria-label={o.showTrajectory(objective.title ?? "")}
                              >
                                {o.show}
                              </button>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                  <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
                  {selected ? <Trajectory objective={selected} /> : null}
                </>
              );
            }}
          </QueryView>
        </>
      )}
    </Page>
  );
}
