package org.skillalliance.funding.programme;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A funder acts on its programme (open, close); the id is explicit so that object-level rules can check it. */
public record FunderAction(@NotNull UUID funderId) {}
