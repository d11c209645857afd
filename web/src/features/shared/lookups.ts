// Reads of one object by id, cached by TanStack Query, for the names a table shows beside an id (a course's title, a
// cohort's dates, a staff member's name). One request per id, however many rows show it.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";

/** The read of one course, for useQuery and useQueries alike (a list of cohorts named by their courses). */
export function courseQuery(id: string | undefined) {
  return queryOptions({
    queryKey: ["course", id],
    queryFn: () => unwrap(api.curriculum.GET("/api/courses/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: id !== undefined,
    staleTime: 300_000,
  });
}

export function useCourse(id: string | undefined) {
  return useQuery(courseQuery(id));
}

/** The read of one cohort, for useQuery and useQueries alike. */
export function cohortQuery(id: string | undefined) {
  return queryOptions({
    queryKey: ["cohort", id],
    queryFn: () => unwrap(api.curriculum.GET("/api/cohorts/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: id !== undefined,
  });
}

export function useCohort(id: string | undefined) {
  return useQuery(cohortQuery(id));
}

export function useStaffMember(id: string | undefined) {
  return useQuery({
    queryKey: ["staff", id],
    queryFn: () => unwrap(api.member.GET("/api/staff/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: ["organisation", id],
    queryFn: () => unwrap(api.member.GET("/api/organisations/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: id !== undefined,
    staleTime: 300_000,
  });
}

/** The employer's active staff (up to 200), to choose people from: enrolment in a cohort, a training plan's participants. */
export function useActiveStaff(employerId: string) {
  return useQuery({
    queryKey: ["staff", "list", employerId, "ACTIVE", 0, 200],
    queryFn: () => unwrap(api.member.GET("/api/staff", { params: { query: { employerId, status: "ACTIVE", page: 0, size: 200 } } })),
  });
}
