// A role's area of the app: its home page, its navigation and its routes. The shell mounts the areas of the session's
// roles (alliance-admin: all of them). A new role's pages are a new area listed in areas.tsx.
import type { ComponentType } from "react";
import type { Role } from "../session/session";

export interface NavItem {
  to: string;
  label: string;
}

export interface AreaRoute {
  /** a path of react-router, unique across areas (`/staff`, `/cohorts/:id`) */
  path: string;
  Component: ComponentType;
}

export interface Area {
  role: Role;
  /** the area's name in the navigation of a person with several areas */
  label: string;
  /** the home page: at homePath, and at `/` when this is the session's first area */
  homePath: string;
  Home: ComponentType;
  /** the navigation after the home page's own link */
  nav: NavItem[];
  routes: AreaRoute[];
}
