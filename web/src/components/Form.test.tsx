// @vitest-environment jsdom
// A refused submit's problem above a form: each reason shows once (at its field, or in the list when the form has no
// such field), not a second time in the problem's detail, which only repeats the reasons.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ProblemError } from "../api/problem";
import { FormProblem } from "./Form";

afterEach(cleanup);

const refusal = new ProblemError(
  400,
  {
    type: "https://skillalliance.org/problems/validation",
    status: 400,
    detail: "hours: must be at most 12; sessionDate: must not be in the future",
    errors: [
      { field: "hours", reason: "must be at most 12" },
      { field: "sessionDate", reason: "must not be in the future" },
    ],
  },
  "refused",
);

describe("FormProblem", () => {
  it("lists only the reasons whose field the form does not show, each once", () => {
    render(<FormProblem problem={refusal} fields={["hours"]} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).not.toContain("must be at most 12");
    expect(alert.textContent?.split("must not be in the future").length).toBe(2);
  });

  it("shows the message of a problem without field reasons", () => {
    render(<FormProblem problem={new ProblemError(409, { status: 409, detail: "enrolment is WITHDRAWN" }, "x")} fields={[]} />);
    expect(screen.getByRole("alert").textContent).toContain("enrolment is WITHDRAWN");
  });
});
