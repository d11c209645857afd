/**
 * Applications for a grant under an open programme: by an employer (for its own seats, optionally for one cohort) or
 * by an association (for a whole cohort). Lifecycle submitted -> under review -> awarded | rejected, and withdrawn by
 * the applicant before a decision. Awarding is done by the award feature, which commits budget. A named cohort is
 * checked against the programme when the application is made (known, not cancelled, organised by the applying
 * association, alliance listed, required course tags, currency), so an award naming it always covers it; the employer
 * criteria of a group application apply per seat when claims are made.
 */
package org.skillalliance.funding.application;
