import { ProviderCohortsPage } from "../features/cohorts/ProviderCohortsPage";
import { ProviderCoursesPage } from "../features/courses/CoursesPage";
import { RosterPage } from "../features/roster/RosterPage";
import { t } from "../i18n";
import type { Area } from "./area";

export const providerArea: Area = {
  role: "provider",
  label: t.provider.area,
  homePath: "/provider",
  Home: ProviderCohortsPage,
  nav: [{ to: "/provider/courses", label: t.provider.nav.courses }],
  routes: [
    { path: "/provider/courses", Component: ProviderCoursesPage },
    { path: "/provider/cohorts/:id", Component: RosterPage },
  ],
};
