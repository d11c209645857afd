package org.skillalliance.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error page as problem+json: what Tomcat refuses before any servlet sees the request (a request target
 * that is not valid URL encoding, {@code %2F} and {@code ..} tricks, bad headers) and what no error page rendered.
 * Installed on the host in place of Tomcat's HTML {@link ErrorReportValve} by {@link ErrorResponsesAutoConfiguration}.
 * The detail is fixed by the status ({@link StatusProblems}): Tomcat's message, which may quote the request, and any
 * exception stay out.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's valve: nothing on a success, nothing if a body was written, nothing reported twice
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        BodyTooLargeException tooLarge = BodyTooLargeException.among(throwable);
        String json = StatusProblems.json(
                tooLarge != null ? StatusProblems.tooLarge(tooLarge.limit(), "body") : StatusProblems.of(status));
        try {
            if (tooLarge != null) {
                response.setStatus(413);
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to tell it
        }
    }
}
