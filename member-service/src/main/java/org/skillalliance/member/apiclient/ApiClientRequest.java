package org.skillalliance.member.apiclient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/organisations/{orgId}/api-clients}: the name the organisation knows its system by. */
record ApiClientRequest(@NotBlank @Size(max = 100) String name) {}
