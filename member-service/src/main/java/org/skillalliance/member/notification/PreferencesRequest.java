package org.skillalliance.member.notification;

import java.util.List;

/**
 * The choices to keep, replacing the earlier ones.
 *
 * @param language en or de; null for the employer's country's language
 * @param muted    the kinds to turn off (codes from {@code kinds} of the preferences); empty for none
 */
record PreferencesRequest(String language, List<String> muted) {}
