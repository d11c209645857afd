import { CoordinatorCohortPage } from "../features/cohorts/CohortPage";
import { CoordinatorCohortsPage } from "../features/cohorts/CohortsPage";
import { CoordinatorCoursesPage } from "../features/courses/CoursesPage";
import { GapMapPage } from "../features/gaps/GapMapPage";
import { InvitePage } from "../features/invitations/InvitePage";
import { MembershipsPage } from "../features/memberships/MembershipsPage";
import { ObjectivesPage } from "../features/objectives/ObjectivesPage";
import { AllianceOverviewPage } from "../features/overview/AllianceOverviewPage";
import { t } from "../i18n";
import type { Area } from "./area";

export const coordinatorArea: Area = {
  role: "coordinator",
  label: t.coordinator.area,
  homePath: "/coordinator",
  Home: AllianceOverviewPage,
  nav: [
    { to: "/coordinator/memberships", label: t.coordinator.nav.memberships },
    { to: "/coordinator/invite", label: t.coordinator.nav.invite },
    { to: "/coordinator/courses", label: t.coordinator.nav.courses },
    { to: "/coordinator/cohorts", label: t.coordinator.nav.cohorts },
    { to: "/coordinator/gaps", label: t.coordinator.nav.gaps },
    { to: "/coordinator/objectives", label: t.coordinator.nav.objectives },
  ],
  routes: [
    { path: "/coordinator/memberships", Component: MembershipsPage },
    { path: "/coordinator/invite", Component: InvitePage },
    { path: "/coordinator/courses", Component: CoordinatorCoursesPage },
    { path: "/coordinator/cohorts", Component: CoordinatorCohortsPage },
    { path: "/coordinator/cohorts/:id", Component: CoordinatorCohortPage },
    { path: "/coordinator/gaps", Component: GapMapPage },
    { path: "/coordinator/objectives", Component: ObjectivesPage },
  ],
};
