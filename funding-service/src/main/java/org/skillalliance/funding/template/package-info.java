/**
 * Programme templates: the terms of real funding schemes (Japan's Human Resources Development Support Subsidy for
 * SMEs, England's Skills Bootcamps, Germany's § 82 SGB III), shipped as data in {@code programme-templates/*.json},
 * each citing its public sources and the day they were read and saying in its notes how the scheme was mapped onto the
 * programme rules. Every template is checked when the service starts, with the same validation as a programme
 * request, so a bad one stops the start. {@code GET /api/programme-templates} lists them, {@code GET
 * /api/programme-templates/{key}} shows one, and {@code POST /api/programmes/from-template} drafts a programme with a
 * template's terms through {@code ProgrammeManagement.draft} (same validation and rights), which its funder then
 * adjusts with {@code PUT /api/programmes/{id}} while it is a draft. docs/funding.md "Scheme templates".
 */
package org.skillalliance.funding.template;
