// The top of every screen: the skip link to the main landmark and the banner with the app's name, then what the screen
// puts beside it (who is signed in and sign-out; on the public /verify page a link to sign in).
import type { ReactNode } from "react";
import { t } from "../i18n";

export function Banner({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t.shell.skipToContent}
      </a>
      <header className="banner">
        <span className="app-name">{t.common.appName}</span>
        {children}
      </header>
    </>
  );
}
