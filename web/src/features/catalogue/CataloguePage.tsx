// The alliance's catalogue: published courses, searched and filtered on the server; a course opens its open cohorts.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { SearchActions, TextField } from "../../components/Form";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { AllianceChoice } from "../employer/AllianceChoice";
import { useChosenAlliance, useEmployerAlliances, useEmployerId } from "../employer/employer";

export function CataloguePage() {
  const employerId = useEmployerId();
  const alliances = useEmployerAlliances(employerId);
  const { allianceId, choose } = useChosenAlliance(alliances.data);
  const paging = usePaging();
  const q = paging.params.get("q") ?? "";
  const [typed, setTyped] = useState(q);
  const courses = useQuery({
    queryKey: ["courses", "published", allianceId, q, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.curriculum.GET("/api/courses", {
          params: { query: { status: "PUBLISHED", page: paging.page, size: paging.size, ...(allianceId ? { allianceId } : {}), ...(q ? { q } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const search = (event: FormEvent) => {
    event.preventDefault();
    paging.setFilters({ q: typed.trim() });
  };
  const c = t.catalogue;
  return (
    <Page title={c.title} intro={c.intro}>
      <form className="filters" role="search" onSubmit={search}>
        <AllianceChoice memberships={alliances.data} allianceId={allianceId} onChoose={choose} />
        <TextField label={c.search} name="q" type="search" maxLength={100} value={typed} onChange={(event) => setTyped(event.target.value)} />
        <SearchActions
          searching={Boolean(q)}
          clearLabel={t.common.clear}
          onClear={() => {
            setTyped("");
            paging.setFilters({ q: undefined });
          }}
        />
      </form>
      <QueryView query={courses}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{q ? c.noneFound(q) : c.empty}</Empty>
          ) : (
            <>
              <table>
                <caption className="visually-hidden">{c.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{c.columns.title}</th>
                    <th scope="col">{c.columns.code}</th>
                    <th scope="col" className="number">
                      {c.columns.hours}
                    </th>
                    <th scope="col">{c.columns.delivery}</th>
                    <th scope="col">{c.columns.skills}</th>
                    <th scope="col">{c.columns.tags}</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((course) => (
                    <tr key={course.id}>
                      <td>
                        <Link to={`/catalogue/${course.id}`}>{course.title}</Link>
                      </td>
                      <td>{course.code}</td>
                      <td className="number">{course.hours !== undefined ? formatNumber(course.hours) : t.common.none}</td>
                      <td>{course.deliveryMode ? c.delivery[course.deliveryMode] : t.common.none}</td>
                      <td>{(course.skills ?? []).map((skill) => skill.skillName).join(", ") || t.common.none}</td>
                      <td>{(course.priorityTags ?? []).join(", ") || t.common.none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
            </>
          )
        }
      </QueryView>
    </Page>
  );
}
