// A confirmation before an action that cannot be undone (erasure, withdrawal): a modal <dialog>, which keeps focus
// inside it, closes on Escape and returns focus to the button that opened it.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { t } from "../i18n";

export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy }: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="actions">
        <button type="button" className="danger primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {t.common.cancel}
        </button>
      </div>
    </dialog>
  );
}
