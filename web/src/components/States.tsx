// Loading, empty and error states that say what to do next. Every list and page uses these, so the words and the
// roles (status, alert) are the same everywhere.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ProblemError } from "../api/problem";
import { t } from "../i18n";

export function Loading({ label = t.common.loading }: { label?: string }) {
  return (
    <p role="status" aria-live="polite" className="state state-loading">
      {label}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** What the user can do about an error, by its status. */
export function errorMessage(error: unknown): string {
  if (error instanceof ProblemError) {
    if (error.status === 401) return t.errors.signedOut;
    if (error.status === 403) return t.errors.forbidden;
    if (error.status === 404) return t.errors.notFound;
    if (error.status === 502 || error.status === 503 || error.status === 504) return t.errors.unavailable;
    return error.detail ?? error.title ?? error.message;
  }
  if (error instanceof TypeError) return t.errors.offline;
  return error instanceof Error ? error.message : String(error);
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ProblemError ? error.status : undefined;
  return (
    <div role="alert" className="state state-error">
      <p>{errorMessage(error)}</p>
      {status === 401 ? (
        <a className="button" href="/oauth2/authorization/keycloak">
          {t.shell.signIn}
        </a>
      ) : status === 404 || status === 403 ? (
        <Link to="/">{t.errors.goHome}</Link>
      ) : onRetry ? (
        <button type="button" onClick={onRetry}>
          {t.common.retry}
        </button>
      ) : null}
    </div>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** The query's data once it is there; its loading or error state until then. */
export function QueryView<T>({ query, children, loading }: { query: QueryLike<T>; children: (data: T) => ReactNode; loading?: string }) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.error || query.data === undefined) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
