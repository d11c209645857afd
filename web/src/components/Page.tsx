// A page: its h1 (also the document's title) and, when the route changes, focus on that heading, so a screen reader
// announces the new page and keyboard users start at its top.
import { useEffect, useRef, type ReactNode, type Ref } from "react";
import { t } from "../i18n";

export function Page({ title, intro, actions, children }: { title: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t.common.appName}`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </div>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </>
  );
}

/** `headingRef`: where a page moves focus to the section (a form opened for correcting), its heading takes focus. */
export function Section({ title, children, id, headingRef }: { title: string; children: ReactNode; id?: string; headingRef?: Ref<HTMLHeadingElement> }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
