/**
 * Staff of employers: the personal data of the platform, held nowhere else. Registration, updates, leaving, consent to
 * outcome reporting (equity fields, gender and age band, exist only with it), bulk import from the CSV files HR
 * systems export, and erasure, which wipes every personal field at once and keeps only the id and the employer.
 * Every change of a {@link org.skillalliance.member.staff.StaffMember} returns its
 * {@link org.skillalliance.member.staff.StaffEvent}s; {@link org.skillalliance.member.staff.StaffEventsPublisher}
 * announces them on {@code member.events.v1} with ids, dates, the job role and consented equity fields, never a name
 * or email.
 */
package org.skillalliance.member.staff;
