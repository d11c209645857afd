// A name in place of an id: shown once its object is read; the id's first characters until then or if it cannot be.
import { formatDate } from "../../format/format";
import { t } from "../../i18n";
import { useCohort, useCourse, useStaffMember } from "./lookups";

function shortId(id: string | undefined): string {
  return id ? id.slice(0, 8) : t.common.none;
}

export function CourseTitle({ id }: { id: string | undefined }) {
  const course = useCourse(id);
  return <>{course.data?.title ?? shortId(id)}</>;
}

export function CohortDates({ id }: { id: string | undefined }) {
  const cohort = useCohort(id);
  if (!cohort.data) return <>{shortId(id)}</>;
  return <>{t.common.dateRange(formatDate(cohort.data.startDate), formatDate(cohort.data.endDate))}</>;
}

/** A staff member's name: `known` where the page already has it, else read by id (someone who left the register). */
export function useStaffName(id: string | undefined, known?: string): string {
  const staff = useStaffMember(known === undefined ? id : undefined);
  if (known !== undefined) return known;
  return staff.data ? `${staff.data.firstName ?? ""} ${staff.data.lastName ?? ""}`.trim() : shortId(id);
}

export function StaffName({ id }: { id: string | undefined }) {
  return <>{useStaffName(id)}</>;
}
