package org.skillalliance.funding.programme;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a grant programme. Each carries the programme after the change. */
@DomainEvent
public sealed interface ProgrammeEvent {

    GrantProgramme programme();

    record Opened(GrantProgramme programme) implements ProgrammeEvent {}

    record Closed(GrantProgramme programme) implements ProgrammeEvent {}
}
