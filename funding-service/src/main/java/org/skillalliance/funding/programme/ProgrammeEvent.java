package org.skillalliance.funding.programme;

/** What happened to a grant programme. Each carries the programme after the change. */
public sealed interface ProgrammeEvent {

    GrantProgramme programme();

    record Opened(GrantProgramme programme) implements ProgrammeEvent {}

    record Closed(GrantProgramme programme) implements ProgrammeEvent {}
}
