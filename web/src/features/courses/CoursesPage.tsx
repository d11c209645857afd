// Courses, two ways. The coordinator sees its alliance's courses (drafts included) and publishes or retires them; the
// provider sees its own courses, drafts new ones and revises its drafts. Both filter by status on the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { SelectField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, ErrorState, QueryView } from "../../components/States";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { useActingFor, useAllianceChoice } from "../alliance/acting";
import { OrganisationName } from "../alliance/names";
import { CourseForm } from "./CourseForm";

type Course = components["schemas"]["CourseResponse"];
type Status = NonNullable<Course["status"]>;
const STATUSES: Status[] = ["DRAFT", "PUBLISHED", "RETIRED"];

function useCourses(query: { allianceId?: string; providerId?: string }, enabled: boolean) {
  const paging = usePaging();
  const status = (paging.params.get("status") ?? "") as Status | "";
  const q = paging.params.get("q") ?? "";
  const courses = useQuery({
    queryKey: ["courses", query, status, q, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.curriculum.GET("/api/courses", {
          params: { query: { ...query, status: status === "" ? undefined : status, q: q === "" ? undefined : q, page: paging.page, size: paging.size } },
        }),
      ),
    enabled,
  });
  return { paging, status, q, courses };
}

function CourseFilters({ status, q, onChange }: { status: string; q: string; onChange: (filters: Record<string, string | undefined>) => void }) {
  const [text, setText] = useState(q);
  return (
    <form
      className="filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: text.trim() });
      }}
    >
      <SelectField label={t.pages.courses.status} name="status" value={status} onChange={(event) => onChange({ status: event.target.value })}>
        <option value="">{t.common.all}</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t.pages.courses.statuses[value]}
          </option>
        ))}
      </SelectField>
      <TextField label={t.pages.courses.search} name="q" type="search" maxLength={100} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit">{t.common.search}</button>
    </form>
  );
}

function CourseTable({ courses, actions }: { courses: Course[]; actions: (course: Course) => React.ReactNode }) {
  const c = t.pages.courses;
  return (
    <table>
      <caption className="visually-hidden">{c.title}</caption>
      <thead>
        <tr>
          <th scope="col">{c.columns.code}</th>
          <th scope="col">{c.columns.title}</th>
          <th scope="col">{c.columns.provider}</th>
          <th scope="col" className="number">
            {c.columns.hours}
          </th>
          <th scope="col">{c.columns.skills}</th>
          <th scope="col">{c.columns.status}</th>
          <th scope="col">{c.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {courses.map((course) => (
          <tr key={course.id}>
            <td>{course.code}</td>
            <td>{course.title}</td>
            <td>
              <OrganisationName id={course.providerId} />
            </td>
            <td className="number">{course.hours === undefined ? t.common.none : formatNumber(course.hours)}</td>
            <td>
              {(course.skills ?? []).map((skill) => c.skillLevel(skill.skillName ?? skill.skillCode ?? "", skill.targetLevel ?? 0)).join(", ") || t.common.none}
            </td>
            <td>{course.status ? c.statuses[course.status] : t.common.none}</td>
            <td>{actions(course)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PublishRetire({ course }: { course: Course }) {
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: (action: "publish" | "retire") => {
      const params = { params: { path: { id: course.id ?? "" } } };
      return action === "publish"
        ? unwrap(api.curriculum.POST("/api/courses/{id}/publish", params))
        : unwrap(api.curriculum.POST("/api/courses/{id}/retire", params));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["courses"] }),
  });
  return (
    <>
      <div className="actions">
        {course.status === "DRAFT" ? (
          <button type="button" className="primary" disabled={act.isPending} onClick={() => act.mutate("publish")}>
            {t.pages.courses.publish}
          </button>
        ) : null}
        {course.status === "PUBLISHED" ? (
          <button type="button" className="danger" disabled={act.isPending} onClick={() => act.mutate("retire")}>
            {t.pages.courses.retire}
          </button>
        ) : null}
      </div>
      {act.error ? <ErrorState error={act.error} /> : null}
    </>
  );
}

export function CoordinatorCoursesPage() {
  const { alliance, chooser, state } = useAllianceChoice();
  const { paging, status, q, courses } = useCourses({ allianceId: alliance?.id }, alliance !== undefined);
  const c = t.pages.courses;
  return (
    <Page title={c.title} intro={c.coordinatorIntro}>
      {chooser}
      {state ?? (
        <>
          <CourseFilters status={status} q={q} onChange={paging.setFilters} />
          <QueryView query={courses}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{c.emptyCoordinator}</Empty>
              ) : (
                <>
                  <CourseTable courses={data.items ?? []} actions={(course) => <PublishRetire course={course} />} />
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

export function ProviderCoursesPage() {
  const c = t.pages.courses;
  const acting = useActingFor("TRAINING_PROVIDER", t.provider.actingFor, "providerId");
  const providerId = acting.organisationId;
  const { paging, status, q, courses } = useCourses({ providerId }, providerId !== "");
  const [editing, setEditing] = useState<Course | "new" | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const alliances = useQuery({
    queryKey: ["alliances", "all"],
    queryFn: () => unwrap(api.member.GET("/api/alliances", { params: { query: { size: 200 } } })),
    staleTime: 60_000,
  });
  return (
    <Page
      title={c.providerTitle}
      intro={c.providerIntro}
      actions={
        editing === null && providerId !== "" ? (
          <button type="button" className="primary" onClick={() => setEditing("new")}>
            {t.provider.courseForm.createTitle}
          </button>
        ) : null
      }
    >
      {acting.field}
      {saved ? (
        <p role="status" className="ok">
          {saved}
        </p>
      ) : null}
      {editing !== null ? (
        <Section title={editing === "new" ? t.provider.courseForm.createTitle : t.provider.courseForm.reviseTitle}>
          <CourseForm
            key={editing === "new" ? "new" : editing.id}
            course={editing === "new" ? undefined : editing}
            providerId={providerId}
            alliances={alliances.data?.items ?? []}
            onDone={(course) => {
              setEditing(null);
              setSaved(t.provider.courseForm.saved(course.code ?? ""));
            }}
          />
          <button type="button" onClick={() => setEditing(null)}>
            {t.common.cancel}
          </button>
        </Section>
      ) : null}
      {providerId === "" ? null : (
        <>
          <CourseFilters status={status} q={q} onChange={paging.setFilters} />
          <QueryView query={courses}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{c.emptyProvider}</Empty>
              ) : (
                <>
                  <CourseTable
                    courses={data.items ?? []}
                    actions={(course) =>
                      course.status === "DRAFT" ? (
                        <button type="button" onClick={() => setEditing(course)} aria-label={c.reviseNamed(course.code ?? "")}>
                          {c.revise}
                        </button>
                      ) : (
                        t.common.none
                      )
                    }
                  />
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
