// The shell of a signed-in person: skip link, banner with the app's name, who is signed in and sign-out, the
// navigation of the person's roles, and the main landmark the pages render into.
import type { ReactNode } from "react";
import { NavLink } from "react-router";
import type { Area } from "../areas/area";
import { t } from "../i18n";
import type { Session } from "../session/session";
import { SignOut } from "../session/SignOut";
import { Banner } from "./Banner";

function homeLabel(area: Area): string {
  return area.nav.length === 0 ? area.label : t.shell.home;
}

export function Layout({ session, areas, children }: { session: Session; areas: Area[]; children: ReactNode }) {
  const several = areas.length > 1;
  return (
    <>
      <Banner>
        <span className="signed-in">{t.shell.signedInAs(session.name || session.username)}</span>
        <SignOut />
      </Banner>
      <div className="frame">
        {areas.length > 0 ? (
          <nav aria-label={t.shell.mainNavigation} className="main-nav">
            {areas.map((area, index) => (
              <div key={area.role} className="nav-group">
                {several ? <p className="nav-group-label">{area.label}</p> : null}
                <ul>
                  <li>
                    <NavLink to={index === 0 ? "/" : area.homePath} end>
                      {several ? homeLabel(area) : t.shell.home}
                    </NavLink>
                  </li>
                  {area.nav.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to}>{item.label}</NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
        ) : null}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
