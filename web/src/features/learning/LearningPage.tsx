// The learner's own enrolments (GET /api/enrolments answers a learner with their own only) and the Open Badge of each
// completed one (GET /api/enrolments/{id}/credential), downloaded as a JSON file or signed as VC-JWT; learning at work is
// linked from here.
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { saveJson } from "../../api/download";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { Pager, usePaging } from "../../components/Pager";
import { Page } from "../../components/Page";
import { Empty, ErrorState, QueryView } from "../../components/States";
import { formatDateTime, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { enrolmentStatusText } from "../enrolments/status";
import { CohortDates, CourseTitle } from "../shared/Names";
import { useCourse } from "../shared/lookups";
import { SignedCredentialDownload } from "../credentials/SignedCredentialDownload";
import { ConsentPanel, DownloadMyData } from "./ConsentPanel";

type Enrolment = components["schemas"]["EnrolmentResponse"];

function BadgeDownload({ enrolment }: { enrolment: Enrolment }) {
  const course = useCourse(enrolment.courseId);
  const download = useMutation({
    mutationFn: () => unwrap(api.curriculum.GET("/api/enrolments/{id}/credential", { params: { path: { id: enrolment.id ?? "" } } })),
    onSuccess: (badge) => saveJson(`open-badge-${enrolment.id}.json`, badge),
  });
  const title = course.data?.title ?? "";
  return (
    <>
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending} aria-label={t.learner.downloadBadgeFor(title)}>
        {download.isPending ? t.learner.downloading : t.learner.downloadBadge}
      </button>
      {download.error ? <ErrorState error={download.error} /> : null}{" "}
      <SignedCredentialDownload path={`/api/enrolments/${enrolment.id}/credential`} fileName={`open-badge-${enrolment.id}`} label={t.credentials.downloadSignedFor(title)} />
    </>
  );
}

function OutcomeCell({ enrolment }: { enrolment: Enrolment }) {
  const outcome = enrolment.outcome;
  if (!outcome) return <>{t.common.none}</>;
  const parts = [];
  if (outcome.attendedHours !== undefined) parts.push(t.learner.outcome(formatNumber(outcome.attendedHours)));
  if (outcome.preScore !== undefined && outcome.postScore !== undefined) parts.push(t.learner.outcomeScores(String(outcome.preScore), String(outcome.postScore)));
  return <>{parts.join(", ") || t.common.none}</>;
}

export function LearningPage() {
  const paging = usePaging();
  const enrolments = useQuery({
    queryKey: ["enrolments", "mine", paging.page, paging.size],
    queryFn: () => unwrap(api.curriculum.GET("/api/enrolments", { params: { query: { page: paging.page, size: paging.size } } })),
  });
  return (
    <Page title={t.learner.title} intro={t.learner.intro} actions={
        <>
          <Link to="/my-learning-at-work">{t.workplace.mine.title}</Link>
          <Link to="/notifications">{t.notifications.title}</Link>
        </>
      }>
      <QueryView query={enrolments}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{t.learner.empty}</Empty>
          ) : (
            <>
              <table>
                <caption className="visually-hidden">{t.learner.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.learner.columns.course}</th>
                    <th scope="col">{t.learner.columns.dates}</th>
                    <th scope="col">{t.learner.columns.status}</th>
                    <th scope="col">{t.learner.columns.requested}</th>
                    <th scope="col">{t.learner.columns.outcome}</th>
                    <th scope="col">{t.learner.columns.credential}</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((enrolment) => (
                    <tr key={enrolment.id}>
                      <td>
                        <CourseTitle id={enrolment.courseId} />
                      </td>
                      <td>
                        <CohortDates id={enrolment.cohortId} />
                      </td>
                      <td>{enrolmentStatusText(enrolment)}</td>
                      <td>{formatDateTime(enrolment.requestedAt)}</td>
                      <td>
                        <OutcomeCell enrolment={enrolment} />
                      </td>
                      <td>{enrolment.credential || enrolment.outcome?.credentialAwarded ? <BadgeDownload enrolment={enrolment} /> : t.learner.noCredential}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
            </>
          )
        }
      </QueryView>
      <ConsentPanel />
      <DownloadMyData />
    </Page>
  );
}
