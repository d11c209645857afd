package org.skillalliance.member.notification;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notification in a language, from its facts and what the service knows when it is rendered (course title,
 * cohort start, names): the subject and the text, in the in-app list and in the email alike.
 */
@Component
class NotificationTexts {

    /** What a person reads: a subject line and the text under it. */
    record Rendered(String subject, String body) {}

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final JdbcNotifications notifications;

    NotificationTexts(JdbcNotifications notifications) {
        this.notifications = notifications;
        messages.setBasename("notifications/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    /** The message without a greeting, as the in-app list shows it. */
    Rendered render(NotificationKind kind, Map<String, String> facts, Language language) {
        Locale locale = language.locale();
        Object[] arguments = arguments(kind, facts, locale);
        String body = messages.getMessage(kind.code() + ".body", arguments, locale);
        return new Rendered(messages.getMessage(kind.code() + ".subject", arguments, locale), capitalised(body));
    }

    /** The email's text: a greeting (by first name where the recipient has one), the message, and how to stop it. */
    String emailText(NotificationKind kind, Map<String, String> facts, Language language, String firstName) {
        Locale locale = language.locale();
        String greeting = firstName == null || firstName.isBlank()
                ? messages.getMessage("organisation.greeting", null, locale)
                : messages.getMessage("greeting", new Object[] {firstName}, locale);
        String body = messages.getMessage(kind.code() + ".body", arguments(kind, facts, locale), locale);
        return greeting + "\n\n" + body + "\n\n-- \n" + messages.getMessage("footer", null, locale) + "\n";
    }

    private Object[] arguments(NotificationKind kind, Map<String, String> facts, Locale locale) {
        if (kind.audience() == NotificationKind.Audience.LEARNER) {
            String course = notifications
                    .courseTitle(facts.get("courseId"))
                    .orElseGet(() -> messages.getMessage("a.course", null, locale));
            String start = notifications
                    .cohortStart(facts.get("cohortId"))
                    .map(date -> date(date, locale))
                    .orElseGet(() -> messages.getMessage("a.date", null, locale));
            return new Object[] {null, course, start, facts.getOrDefault("waitlistPosition", "?")};
        }
        String organisation = notifications
                .organisationName(facts.get("organisationId"))
                .orElseGet(() -> messages.getMessage("your.organisation", null, locale));
        String alliance = notifications
                .allianceName(facts.get("allianceId"))
                .orElseGet(() -> messages.getMessage("an.alliance", null, locale));
        String amount = facts.containsKey("amountMinor")
                ? money(Long.parseLong(facts.get("amountMinor")), facts.get("currency"), locale)
                : "";
        String paidOn = facts.containsKey("paidOn") ? date(LocalDate.parse(facts.get("paidOn")), locale) : "";
        return new Object[] {organisation, alliance, amount, paidOn};
    }

    private static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** Minor units in the currency's own decimals, written as the language writes money (EUR 1,234.50; 1.234,50 €). */
    static String money(long minor, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor, digits));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
