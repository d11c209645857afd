package org.skillalliance.member.staff;

import java.util.UUID;
import org.skillalliance.web.SearchText;

/**
 * Which staff a list asks for; null means any. {@code text} is a search: staff whose first name, last name, email or
 * job role (ISCO code) contains it, ignoring case (erased staff have none of these, so never match), as
 * {@link SearchText} says.
 */
public record StaffFilter(UUID employerId, StaffStatus status, String text) {

    /** The same filter for another employer (the caller's own, when it may see no other). */
    StaffFilter ofEmployer(UUID employer) {
        return new StaffFilter(employer, status, text);
    }

    /** The text as a LIKE pattern matching it anywhere ({@link SearchText}). */
    String containsPattern() {
        return SearchText.containsPattern(text);
    }
}
