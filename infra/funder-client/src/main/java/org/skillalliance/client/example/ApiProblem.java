package org.skillalliance.client.example;

/**
 * A refusal of the token endpoint or the API, as the example reports it: the problem's title and detail (RFC 9457
 * problem+json from the platform; OAuth's {@code error} and {@code error_description} from the token endpoint).
 *
 * @param status the HTTP status, or 0 when no answer came (the address could not be reached)
 */
public final class ApiProblem extends Exception {

    private final int status;
    private final String title;
    private final String detail;

    public ApiProblem(int status, String title, String detail) {
        super(title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
