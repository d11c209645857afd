package org.skillalliance.system.hostile;

/** The kinds of hostile input, as the summary groups the findings. */
enum FaultKind {
    MALFORMED_JSON,
    WRONG_TYPE,
    MISSING_REQUIRED,
    UNKNOWN_FIELD,
    CONTROL_CHARACTER,
    LONG_STRING,
    NUMBER_BOUND,
    INVALID_VALUE,
    INVALID_ID,
    WRONG_CONTENT_TYPE,
    OVERSIZED_CHUNKED_BODY
}
