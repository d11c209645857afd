package org.skillalliance.system.hostile;

/**
 * One request with one fault, everything else valid.
 *
 * @param operation     the operation it attacks
 * @param kind          the kind of fault
 * @param fault         where and what, e.g. {@code body.headcount: float 5.9 where integer}
 * @param target        path and query, percent-encoded, e.g. {@code /api/skills?q=a%00b}
 * @param contentType   the Content-Type header, or null for none
 * @param body          the body, or null for none (and for a chunked body)
 * @param chunkedBytes  the size of a body sent chunked without Content-Length, 0 for none
 * @param mayBeAccepted true where the request is in fact valid (a value exactly at a documented bound): a 2xx is then
 *                      recorded, not a finding
 * @param forbiddenEcho a control character that a 2xx answer must not hand back (it was to be refused or cleaned), or
 *                      null
 */
record HostileRequest(
        Operation operation,
        FaultKind kind,
        String fault,
        String target,
        String contentType,
        byte[] body,
        long chunkedBytes,
        boolean mayBeAccepted,
        String forbiddenEcho) {

    String method() {
        return operation.method();
    }
}
