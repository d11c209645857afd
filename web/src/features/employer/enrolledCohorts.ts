// The cohorts the employer's staff are enrolled in, as the enrolments page finds them (GET /api/enrolments?employerId,
// up to 200), each cohort once and named by its dates: what HR chooses a cohort from (a training plan, business results).
import { useQueries, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";

export interface EnrolledCohort {
  id: string;
  /** its dates, or the id's first characters until the cohort is read */
  label: string;
}

export function useEnrolledCohorts(employerId: string): { query: ReturnType<typeof useEnrolledQuery>; cohorts: EnrolledCohort[] } {
  const enrolments = useEnrolledQuery(employerId);
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

function useEnrolledQuery(employerId: string) {
  return useQuery({
    queryKey: ["enrolments", "of-employer", employerId],
    queryFn: () => unwrap(api.curriculum.GET("/api/enrolments", { params: { query: { employerId, size: 200 } } })),
    enabled: employerId !== "",
  });
}
