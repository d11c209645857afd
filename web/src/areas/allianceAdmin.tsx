import { EscoImportPage } from "../features/esco/EscoImportPage";
import { t } from "../i18n";
import type { Area } from "./area";

/** The platform's administrator's own pages (the other areas are theirs too): the ESCO import of skills and occupations. */
export const allianceAdminArea: Area = {
  role: "alliance-admin",
  label: t.esco.area,
  homePath: "/admin/esco-import",
  Home: EscoImportPage,
  nav: [],
  routes: [],
};
