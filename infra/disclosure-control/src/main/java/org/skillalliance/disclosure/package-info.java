/**
 * Disclosure control for figures about people (DESIGN section 3): small-cell suppression, applied the same way by
 * reporting-service's impact reports and curriculum-service's alliance gap map, so the rule cannot drift between them.
 * Plain Java, no Spring.
 */
package org.skillalliance.disclosure;
