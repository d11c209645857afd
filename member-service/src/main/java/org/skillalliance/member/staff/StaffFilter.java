package org.skillalliance.member.staff;

import java.util.UUID;

import org.skillalliance.web.ApiException;

/**
 * Which staff a list asks for; null means any. {@code text} is a search: staff whose first name, last name, email or
 * job role (ISCO code) contains it, ignoring case (erased staff have none of these, so never match).
 */
public record StaffFilter(UUID employerId, StaffStatus status, String text) {

    /** The longest search text, after trimming. */
    static final int MAX_TEXT_LENGTH = 100;

    /** The same filter for another employer (the caller's own, when it may see no other). */
    StaffFilter ofEmployer(UUID employer) {
        return new StaffFilter(employer, status, text);
    }

    /**
     * The search text of {@code ?q=}, trimmed; null when the parameter is absent. Control characters and lone
     * surrogates were refused before the handler ran (web-support's input policy); here only the length is judged.
     *
     * @throws ApiException.InvalidInput naming {@code q} when it is blank or longer than {@value #MAX_TEXT_LENGTH}
     */
    static String searchText(String q) {
        if (q == null) {
            return null;
        }
        String text = q.strip();
        if (text.isEmpty()) {
            throw new ApiException.InvalidInput("q", "must hold 1 to " + MAX_TEXT_LENGTH + " characters besides spaces");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new ApiException.InvalidInput("q", "is longer than " + MAX_TEXT_LENGTH + " characters ("
                    + text.length() + ")");
        }
        return text;
    }

    /** The text as a LIKE pattern matching it anywhere: its {@code \}, {@code %} and {@code _} taken literally. */
    String containsPattern() {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
