// Form fields that show the API's reason at the field it names (problem+json `errors: [{field, reason}]`), and a
// summary for the reasons that name no field of the form. Forms are controlled: a refused submit keeps what was typed.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { ProblemError } from "../api/problem";
import { t } from "../i18n";
import { errorMessage } from "./States";

interface FieldProps {
  label: string;
  /** the field's name in the API's body: the problem's `errors[].field` it shows */
  name: string;
  problem?: unknown;
  hint?: string;
  required?: boolean;
}

function reasonOf(problem: unknown, name: string): string | undefined {
  return problem instanceof ProblemError ? problem.reasonFor(name) : undefined;
}

function FieldFrame({ label, name, problem, hint, required, children }: FieldProps & { children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode }) {
  const id = useId();
  const reason = reasonOf(problem, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = reason ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={reason ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> {t.common.required}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: reason !== undefined })}
      {reason ? (
        <p id={errorId} className="field-error">
          {reason}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, name, problem, hint, required, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "required">) {
  return (
    <FieldFrame label={label} name={name} problem={problem} hint={hint} required={required}>
      {({ id, describedBy, invalid }) => (
        <input id={id} name={name} required={required} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...input} />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ label, name, problem, hint, required, ...textarea }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "required">) {
  return (
    <FieldFrame label={label} name={name} problem={problem} hint={hint} required={required}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} name={name} required={required} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...textarea} />
      )}
    </FieldFrame>
  );
}

export function SelectField({ label, name, problem, hint, required, children, ...select }: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "required">) {
  return (
    <FieldFrame label={label} name={name} problem={problem} hint={hint} required={required}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} required={required} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * The buttons of a search form: submit, and, while a search is applied, one that clears it (`onClear` empties the
 * typed text and drops `q` from the URL).
 */
export function SearchActions({ searching, clearLabel, onClear }: { searching: boolean; clearLabel: string; onClear: () => void }) {
  return (
    <>
      <button type="submit">{t.common.search}</button>
      {searching ? (
        <button type="button" onClick={onClear}>
          {clearLabel}
        </button>
      ) : null}
    </>
  );
}

/**
 * The problem of a refused submit: its message, and each reason whose field the form does not show. A validation
 * problem's `detail` only lists its field reasons again (web-support's summary), so with field reasons it is left out:
 * each reason shows once, at its field or in the list here.
 */
export function FormProblem({ problem, fields }: { problem: unknown; fields: readonly string[] }) {
  if (!problem) return null;
  const others = problem instanceof ProblemError ? problem.otherReasons(fields) : [];
  const fieldCount = problem instanceof ProblemError ? Object.keys(problem.fieldErrors).length : 0;
  return (
    <div role="alert" className="form-problem">
      <p>{fieldCount > 0 ? t.common.formProblems : errorMessage(problem)}</p>
      {others.length > 0 ? (
        <ul>
          {others.map(([field, reason]) => (
            <li key={field}>{field === "_" ? reason : t.common.fieldProblem(field, reason)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
