// The cohorts HR chooses one from (a training plan, business results, follow-ups): those of the employer's enrolments,
// as the enrolments page finds them (GET /api/enrolments?employerId, up to 200), each cohort once and named "course
// title, dates". For business results and follow-ups (`finished`) only seats whose cohort ended count (COMPLETED or
// NOT_COMPLETED: a follow-up and a result are about training that happened), together with every cohort the employer
// already has results for (GET /api/cohort-results), so a cohort reported for stays choosable.
import { useQueries, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { cohortName } from "../../format/figureText";
import { cohortQuery, courseQuery } from "../shared/lookups";

export interface EnrolledCohort {
  id: string;
  /** "course title, dates", or the id's first characters until the cohort and its course are read */
  label: string;
}

const FINISHED = new Set(["COMPLETED", "NOT_COMPLETED"]);

export function useEnrolledCohorts(employerId: string, finished = false): { query: ReturnType<typeof useEnrolledQuery>; cohorts: EnrolledCohort[] } {
  const enrolments = useEnrolledQuery(employerId);
  const reported = useQuery({
    queryKey: ["cohort-results", "of-employer", employerId],
    queryFn: () => unwrap(api.funding.GET("/api/cohort-results", { params: { query: { size: 200 } } })),
    enabled: finished && employerId !== "",
  });
  const enrolled = (enrolments.data?.items ?? []).filter((enrolment) => !finished || FINISHED.has(enrolment.status ?? "")).map((enrolment) => enrolment.cohortId);
  const withResults = finished ? (reported.data?.items ?? []).map((results) => results.cohortId) : [];
  const cohortIds = [...new Set([...enrolled, ...withResults].filter((id): id is string => id !== undefined))];
  const cohorts = useQueries({ queries: cohortIds.map((id) => cohortQuery(id)) });
  const courses = useQueries({ queries: cohorts.map((cohort) => courseQuery(cohort.data?.courseId)) });
  return {
    query: enrolments,
    cohorts: cohortIds.map((id, index) => {
      const cohort = cohorts[index]?.data;
      const course = courses[index]?.data;
      return { id, label: cohort && course ? cohortName({ courseTitle: course.title, startDate: cohort.startDate, endDate: cohort.endDate }) : id.slice(0, 8) };
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
