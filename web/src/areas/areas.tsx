import type { Session } from "../session/session";
import type { Area } from "./area";
import { allianceAdminArea } from "./allianceAdmin";
import { coordinatorArea } from "./coordinator";
import { funderArea } from "./funder";
import { learnerArea } from "./learner";
import { memberAdminArea } from "./memberAdmin";
import { providerArea } from "./provider";

/** Every role's area, in the order that picks the home page of a person with several roles. */
export const AREAS: Area[] = [memberAdminArea, coordinatorArea, providerArea, funderArea, learnerArea, allianceAdminArea];

/** The areas a session may use: those of its roles, or all for alliance-admin. */
export function areasOf(session: Session): Area[] {
  if (session.roles.includes("alliance-admin")) return AREAS;
  return AREAS.filter((area) => session.roles.includes(area.role));
}
