package org.skillalliance.member.notification;

import java.util.List;

/**
 * A person's choices about notifications.
 *
 * @param language        the language messages are written in (en or de)
 * @param languageDefault whether that is the country's default rather than the person's choice
 * @param muted           the kinds turned off: none of them is sent or listed
 * @param kinds           every kind the person can receive
 */
public record PreferencesView(String language, boolean languageDefault, List<String> muted, List<String> kinds) {}
