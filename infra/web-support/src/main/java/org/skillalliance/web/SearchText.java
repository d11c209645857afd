package org.skillalliance.web;

/**
 * A list's search text, {@code ?q=}: the one way every service's lists search (staff, skills, courses). The text is
 * trimmed and must hold 1 to {@value #MAX_LENGTH} characters; it matches where a searched column contains it, ignoring
 * case, with {@code %}, {@code _} and {@code \} taken literally. In SQL:
 * {@code column ilike :pattern escape '\'} with {@code pattern} from {@link #containsPattern}. Control characters
 * and lone surrogates never get here: web-support's input policy refuses them before the handler runs.
 */
public final class SearchText {

    /** The longest search text, after trimming. */
    public static final int MAX_LENGTH = 100;

    /** For the parameter's OpenAPI description. */
    public static final String RULES =
            "1 to 100 characters after trimming, matched anywhere ignoring case; %, _ and \\ " + "are taken literally";

    private SearchText() {}

    /**
     * The search text of {@code ?q=}, trimmed; null when the parameter is absent.
     *
     * @throws ApiException.InvalidInput naming {@code q} when it is blank or longer than {@value #MAX_LENGTH}
     */
    public static String of(String q) {
        if (q == null) {
            return null;
        }
        String text = q.strip();
        if (text.isEmpty()) {
            throw new ApiException.InvalidInput("q", "must hold 1 to " + MAX_LENGTH + " characters besides spaces");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ApiException.InvalidInput(
                    "q", "is longer than " + MAX_LENGTH + " characters (" + text.length() + ")");
        }
        return text;
    }

    /** The text as a LIKE pattern matching it anywhere, its {@code \}, {@code %} and {@code _} escaped; null for null. */
    public static String containsPattern(String text) {
        return text == null
                ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
