// The cohorts the employer's staff are enrolled in, as the enrolments page finds them (GET /api/enrolments?employerId,
// up to 200), each cohort once and named by its dates: what HR chooses a cohort from (a training plan, business results).
import { useQueries, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";

export function useEnrolledCohorts(employerId: string) {
  const enrolments = useQuery({
    queryKey: ["enrolments", "of-employer", employerId],
    queryFn: () => unwrap(api.curriculum.GET("/api/enrolments", { params: { query: { employerId, size: 200 } } })),
  });
  const cohortIds = [...new Set((enrolments.data?.items ?? []).map((enrolment) => enrolment.cohortId).filter((id): id is string => id !== undefined))];
  const cohorts = useQueries({
    queries: cohortIds.map((id) => ({
      queryKey: ["cohort", id],
      queryFn: () => unwrap(api.curriculum.GET("/api/cohorts/{id}", { params: { path: { id } } })),
    })),
  });
  return {
    query: enrolments,
    cohorts: cohortIds.map((id, index) => {
      const cohort = cohorts[index]?.data;
      return { id, label: cohort ? t.common.dateRange(formatDate(cohort.startDate), formatDate(cohort.endDate)) : id.slice(0, 8) };
    }),
  };
}
