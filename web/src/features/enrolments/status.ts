import type { components } from "../../api/generated/curriculum-service";
import { t } from "../../i18n";

type Enrolment = components["schemas"]["EnrolmentResponse"];

/** "Confirmed", or "Waitlisted, position 2" */
export function enrolmentStatusText(enrolment: Enrolment): string {
  if (enrolment.status === "WAITLISTED" && enrolment.waitlistPosition !== undefined) return t.enrolments.waitlistedAt(enrolment.waitlistPosition);
  return enrolment.status ? t.status.enrolment[enrolment.status] : t.common.none;
}
