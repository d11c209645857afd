package org.skillalliance.web;

import java.util.ArrayList;
import java.util.List;

/** Which page a list request asks for: {@code page} from 0 and {@code size} from 1 to {@value #MAX_SIZE}. */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Reads the request parameters (null when absent), refusing values out of range with a 400 naming them. */
    public static PageQuery of(Integer page, Integer size) {
        List<FieldViolation> violations = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            violations.add(new FieldViolation("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new FieldViolation("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
        return new PageQuery(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
