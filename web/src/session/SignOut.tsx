import type { FormEvent } from "react";
import { CSRF_COOKIE, readCookie } from "../api/http";
import { t } from "../i18n";
import { SIGN_OUT_URL } from "./session";

/** Sign-out is a form POST with the CSRF token, so a link on another site cannot sign anyone out. */
export function SignOut() {
  const fillToken = (event: FormEvent<HTMLFormElement>) => {
    const field = event.currentTarget.elements.namedItem("_csrf");
    if (field instanceof HTMLInputElement) field.value = readCookie(CSRF_COOKIE, document.cookie) ?? "";
  };
  return (
    <form method="post" action={SIGN_OUT_URL} className="sign-out" onSubmit={fillToken}>
      <input type="hidden" name="_csrf" defaultValue={readCookie(CSRF_COOKIE, document.cookie) ?? ""} />
      <button type="submit">{t.shell.signOut}</button>
    </form>
  );
}
