/**
 * Applications for a grant under an open programme: by an employer (for its own seats, optionally for one cohort) or
 * by an association (for a whole cohort). Lifecycle submitted -> under review -> awarded | rejected, and withdrawn by
 * the applicant before a decision. Awarding is done by the award feature, which commits budget.
 */
package org.skillalliance.funding.application;
