// A staff member's skill record for one skill (GET /api/skills/records?staffId&skillId, newest first): each record's
// level, source (a sign-off of learning at work reads "On the job"), day and whether it decides the level (`counts`).
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { Empty, QueryView } from "../../components/States";
import { ColumnHeads } from "../../components/Table";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";

export function SkillRecord({ staffId, skillId }: { staffId: string; skillId: string }) {
  const records = useQuery({
    queryKey: ["skill-records", staffId, skillId],
    queryFn: () => unwrap(api.curriculum.GET("/api/skills/records", { params: { query: { staffId, skillId, size: 50 } } })),
  });
  const w = t.workplace.record;
  return (
    <>
      <h3>{w.title}</h3>
      <QueryView query={records}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{w.none}</Empty>
          ) : (
            <table>
              <caption className="visually-hidden">{w.title}</caption>
              <ColumnHeads columns={[{ label: w.level, number: true }, { label: w.source }, { label: w.assessedOn }, { label: w.counts }]} />
              <tbody>
                {(data.items ?? []).map((record) => (
                  <tr key={record.id}>
                    <td className="number">{String(record.level ?? t.common.none)}</td>
                    <td>{record.source ? t.skillSources[record.source] : t.common.none}</td>
                    <td>{formatDate(record.assessedOn)}</td>
                    <td>{record.counts ? t.common.yes : t.common.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </>
  );
}
