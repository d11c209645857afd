// A published course and its cohorts open for enrolment: dates, seats left, waitlist, price; a cohort opens its quote
// and the enrolment of staff.
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, ErrorState, Loading, QueryView } from "../../components/States";
import { formatDate, formatMoney, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { languageName } from "../sessions/CohortCatalogueFacts";

type Cohort = components["schemas"]["CohortResponse"];

export function priceText(cohort: Cohort): string {
  const cost = cohort.cost;
  if (!cost || cost.amountMinor === undefined || !cost.currency) return t.common.none;
  const amount = formatMoney(cost.amountMinor, cost.currency);
  return cost.pricing === "PER_SEAT" ? t.catalogue.perSeat(amount) : t.catalogue.total(amount);
}

export function CohortsTable({ cohorts, caption }: { cohorts: Cohort[]; caption: string }) {
  const c = t.catalogue.cohortColumns;
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.dates}</th>
          <th scope="col">{c.enrolmentCloses}</th>
          <th scope="col" className="number">
            {c.seatsLeft}
          </th>
          <th scope="col" className="number">
            {c.waitlist}
          </th>
          <th scope="col" className="number">
            {t.sessions.count}
          </th>
          <th scope="col">{c.price}</th>
          <th scope="col">{c.action}</th>
        </tr>
      </thead>
      <tbody>
        {cohorts.map((cohort) => (
          <tr key={cohort.id}>
            <td>{t.common.dateRange(formatDate(cohort.startDate), formatDate(cohort.endDate))}</td>
            <td>{formatDate(cohort.enrolmentCloses)}</td>
            <td className="number">{cohort.seatsLeft !== undefined ? `${formatNumber(cohort.seatsLeft)} / ${formatNumber(cohort.capacity ?? 0)}` : t.common.none}</td>
            <td className="number">{cohort.waitlistLength !== undefined ? formatNumber(cohort.waitlistLength) : t.common.none}</td>
            <td className="number">{formatNumber(cohort.sessionCount ?? 0)}</td>
            <td>{priceText(cohort)}</td>
            <td>
              <Link to={`/cohorts/${cohort.id}`} aria-label={t.catalogue.quoteAndEnrolFor(formatDate(cohort.startDate))}>
                {t.catalogue.quoteAndEnrol}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CoursePage() {
  const { courseId = "" } = useParams();
  const paging = usePaging();
  const course = useQuery({
    queryKey: ["course", courseId],
    queryFn: () => unwrap(api.curriculum.GET("/api/courses/{id}", { params: { path: { id: courseId } } })),
  });
  const cohorts = useQuery({
    queryKey: ["cohorts", "open", courseId, paging.page, paging.size],
    queryFn: () => unwrap(api.curriculum.GET("/api/cohorts", { params: { query: { courseId, status: "OPEN", page: paging.page, size: paging.size } } })),
  });
  const c = t.catalogue;
  if (course.isPending) return <Loading />;
  if (course.error || !course.data) {
    return (
      <Page title={c.courseTitle}>
        <ErrorState error={course.error} onRetry={() => void course.refetch()} />
      </Page>
    );
  }
  const data = course.data;
  return (
    <Page title={data.title ?? c.courseTitle} intro={<Link to="/catalogue">{c.backToCatalogue}</Link>}>
      {data.description ? <p>{data.description}</p> : null}
      <dl className="details">
        <dt>{c.columns.code}</dt>
        <dd>{data.code}</dd>
        <dt>{c.columns.hours}</dt>
        <dd>{data.hours !== undefined ? formatNumber(data.hours) : t.common.none}</dd>
        <dt>{c.columns.delivery}</dt>
        <dd>{data.deliveryMode ? c.delivery[data.deliveryMode] : t.common.none}</dd>
        <dt>{t.sessions.language}</dt>
        <dd>{languageName(data.language)}</dd>
        <dt>{t.sessions.prerequisites}</dt>
        <dd>{data.prerequisites || t.common.none}</dd>
        <dt>{c.credential}</dt>
        <dd>{data.credentialOffered || t.common.none}</dd>
        <dt>{c.columns.skills}</dt>
        <dd>{(data.skills ?? []).map((skill) => c.skillAtLevel(skill.skillName ?? "", skill.targetLevel ?? 0)).join(", ") || t.common.none}</dd>
      </dl>
      <Section title={c.openCohorts} id="open-cohorts">
        <QueryView query={cohorts}>
          {(page) =>
            (page.items ?? []).length === 0 ? (
              <Empty>{c.noOpenCohorts}</Empty>
            ) : (
              <>
                <CohortsTable cohorts={page.items ?? []} caption={c.openCohorts} />
                <Pager info={page} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
              </>
            )
          }
        </QueryView>
      </Section>
    </Page>
  );
}
