package org.skillalliance.web;

import java.util.Optional;

/**
 * What text every service accepts, in a JSON body and in a query or path (docs/api.md, "Input policy"). PostgreSQL
 * refuses a NUL in text and a lone surrogate cannot be written as UTF-8 at all, so such text would fail (or be mangled)
 * at the database after the use case had run: it is refused at the door instead, with the field and the reason.
 *
 * <ul>
 *   <li>body text: no C0 control character but TAB, LF and CR, no DEL (U+007F), no C1 control character
 *       (U+0080 to U+009F), no lone surrogate, and at most
 *       {@link #MAX_TEXT_LENGTH} characters unless the field's own {@code @Size} allows more;</li>
 *   <li>query and path values: no control character at all (TAB, LF and CR included), no DEL, no C1, no lone
 *       surrogate.</li>
 * </ul>
 */
public final class InputPolicy {

    /** The longest string a JSON body may hold in a field without a larger {@code @Size} of its own. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private InputPolicy() {}

    /** Why a string of a JSON body is refused, or empty when it is acceptable. */
    public static Optional<String> refusalOfBodyText(String text, int maxLength) {
        if (text.length() > maxLength) {
            return Optional.of("is longer than " + maxLength + " characters (" + text.length() + ")");
        }
        return refusalOfCharacters(text, true);
    }

    /** Why a query parameter's or a path variable's value is refused, or empty when it is acceptable. */
    public static Optional<String> refusalOfQueryValue(String value) {
        return refusalOfCharacters(value, false);
    }

    private static Optional<String> refusalOfCharacters(String text, boolean lineBreaksAndTabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (lineBreaksAndTabs && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return Optional.of("contains a control character (" + codePoint(c) + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a lone surrogate (" + codePoint(c) + "), which is no character");
            }
        }
        return Optional.empty();
    }

    /** C0 (U+0000 to U+001F), DEL and C1 (U+0080 to U+009F): no printable text has them, terminals act on some. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
