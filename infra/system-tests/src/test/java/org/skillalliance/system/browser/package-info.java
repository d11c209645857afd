/**
 * The web app in a real browser (issue 17): {@link org.skillalliance.system.browser.BrowserJourneysIT} starts the
 * whole platform as {@code ./alliance up} does, seeds the demo, prepares each role's journey through the public API
 * ({@link org.skillalliance.system.browser.JourneyData}) and runs the Playwright journeys of
 * {@code infra/system-tests/browser} in Debian's Chromium (docs/web-app.md, "Browser tests").
 */
package org.skillalliance.system.browser;
