// RFC 9457 problem details as every service answers them (docs/api.md): `errors: [{field, reason}]` names the fields to
// blame. A ProblemError carries them as fieldErrors (field -> reason), so a form shows each reason at its field.
import type { ParseProblem } from "../format/decimalInput";


export interface FieldViolation {
  field?: string;
  reason?: string;
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldViolation[];
  currentState?: string;
  action?: string;
  /** the 1-based line of an uploaded file that was refused (the ESCO import: the header is line 1) */
  line?: number;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly currentState: string | undefined;
  readonly action: string | undefined;
  readonly line: number | undefined;
  /** field -> reason; two reasons for one field are joined with "; " */
  readonly fieldErrors: Record<string, string>;

  constructor(status: number, body: ProblemBody | undefined, fallbackMessage: string) {
    super(body?.detail ?? body?.title ?? fallbackMessage);
    this.name = "ProblemError";
    this.status = status;
    this.type = body?.type;
    this.title = body?.title;
    this.detail = body?.detail;
    this.currentState = body?.currentState;
    this.action = body?.action;
    this.line = typeof body?.line === "number" ? body.line : undefined;
    this.fieldErrors = fieldErrorsOf(body);
  }

  /** the problem's type without its https://skillalliance.org/problems/ prefix: validation, not-found, conflict, ... */
  get kind(): string | undefined {
    return this.type?.substring(this.type.lastIndexOf("/") + 1);
  }

  /** the reason given for one field, or undefined */
  reasonFor(field: string): string | undefined {
    return this.fieldErrors[field];
  }

  /** the reasons for fields other than the given ones (a form shows these above its fields) */
  otherReasons(formFields: readonly string[]): Array<[string, string]> {
    return Object.entries(this.fieldErrors).filter(([field]) => !formFields.includes(field));
  }
}

export function fieldErrorsOf(body: ProblemBody | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const violation of Array.isArray(body?.errors) ? body.errors : []) {
    if (!violation || typeof violation.reason !== "string") continue;
    const field = typeof violation.field === "string" && violation.field !== "" ? violation.field : "_";
    result[field] = result[field] === undefined ? violation.reason : `${result[field]}; ${violation.reason}`;
  }
  return result;
}

function isProblemBody(value: unknown): value is ProblemBody {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A ProblemError from a failed response's status and its body (parsed JSON, text, or nothing). */
export function toProblemError(status: number, body: unknown, statusText = ""): ProblemError {
  const problem = isProblemBody(body) ? body : undefined;
  return new ProblemError(status, problem, statusText !== "" ? `${status} ${statusText}` : `HTTP ${status}`);
}

/** The fields whose text is no number, as a problem shown like the API's (the reasons from the strings module). */
export function parseProblem(problems: Record<string, ParseProblem>, reasons: Record<ParseProblem, string>): ProblemError {
  return new ProblemError(400, { errors: Object.entries(problems).map(([field, problem]) => ({ field, reason: reasons[problem] })) }, "");
}
