import { useEffect } from "react";
import { t } from "../i18n";
import { SIGN_IN_URL } from "./session";

/** Nobody is signed in: one button to Keycloak's sign-in through the gateway. */
export function SignIn() {
  useEffect(() => {
    document.title = t.shell.signInTitle;
  }, []);
  return (
    <main id="main" className="sign-in">
      <h1>{t.shell.signInTitle}</h1>
      <p>{t.shell.signInIntro}</p>
      <a className="button button-primary" href={SIGN_IN_URL}>
        {t.shell.signIn}
      </a>
    </main>
  );
}
