import { describe, expect, it } from "vitest";
import { ProblemError, fieldErrorsOf, toProblemError } from "./problem";

const validation = {
  type: "https://skillalliance.org/problems/validation",
  title: "Validation failed",
  status: 400,
  detail: "2 fields are invalid",
  instance: "/api/staff",
  errors: [
    { field: "email", reason: "must be a well-formed email address" },
    { field: "lastName", reason: "must not be blank" },
  ],
};

describe("problem+json to fields", () => {
  it("maps each error to its field with its reason", () => {
    const problem = toProblemError(400, validation);
    expect(problem).toBeInstanceOf(ProblemError);
    expect(problem.fieldErrors).toEqual({ email: "must be a well-formed email address", lastName: "must not be blank" });
    expect(problem.reasonFor("email")).toBe("must be a well-formed email address");
    expect(problem.reasonFor("firstName")).toBeUndefined();
    expect(problem.message).toBe("2 fields are invalid");
    expect(problem.kind).toBe("validation");
    expect(problem.status).toBe(400);
  });

  it("joins two reasons for one field, and keeps nested field paths as the API names them", () => {
    expect(
      fieldErrorsOf({
        errors: [
          { field: "name", reason: "must not be blank" },
          { field: "name", reason: "contains a control character (U+0000)" },
          { field: "members[2].name", reason: "is longer than 10000 characters (100000)" },
        ],
      }),
    ).toEqual({
      name: "must not be blank; contains a control character (U+0000)",
      "members[2].name": "is longer than 10000 characters (100000)",
    });
  });

  it("files a reason without a field under _ and skips entries without a reason", () => {
    expect(fieldErrorsOf({ errors: [{ reason: "the body is empty" }, { field: "x" }] })).toEqual({ _: "the body is empty" });
  });

  it("lists the reasons of fields a form does not show", () => {
    const problem = toProblemError(400, validation);
    expect(problem.otherReasons(["email", "firstName"])).toEqual([["lastName", "must not be blank"]]);
  });

  it("keeps the state and action of an illegal transition", () => {
    const problem = toProblemError(409, {
      type: "https://skillalliance.org/problems/illegal-transition",
      status: 409,
      detail: "enrolment is WITHDRAWN; cannot withdraw",
      currentState: "WITHDRAWN",
      action: "withdraw",
    });
    expect([problem.kind, problem.currentState, problem.action, problem.fieldErrors]).toEqual(["illegal-transition", "WITHDRAWN", "withdraw", {}]);
  });

  it("still gives a message when the body is not problem+json", () => {
    expect(toProblemError(502, "<html>Bad gateway</html>", "Bad Gateway").message).toBe("502 Bad Gateway");
    expect(toProblemError(500, undefined).message).toBe("HTTP 500");
    expect(toProblemError(400, { errors: "not a list" }).fieldErrors).toEqual({});
  });
});
