import { ApplicationsPage } from "../features/applications/ApplicationsPage";
import { AwardsPage } from "../features/awards/AwardsPage";
import { ClaimsPage } from "../features/claims/ClaimsPage";
import { ImpactPage } from "../features/impact/ImpactPage";
import { ProgrammesPage } from "../features/programmes/ProgrammesPage";
import { t } from "../i18n";
import type { Area } from "./area";

export const funderArea: Area = {
  role: "funder",
  label: t.funder.area,
  homePath: "/funder",
  Home: ProgrammesPage,
  nav: [
    { to: "/funder/applications", label: t.funder.nav.applications },
    { to: "/funder/awards", label: t.funder.nav.awards },
    { to: "/funder/claims", label: t.funder.nav.claims },
  ],
  routes: [
    { path: "/funder/applications", Component: ApplicationsPage },
    { path: "/funder/awards", Component: AwardsPage },
    { path: "/funder/claims", Component: ClaimsPage },
    { path: "/funder/programmes/:id/impact", Component: ImpactPage },
  ],
};
