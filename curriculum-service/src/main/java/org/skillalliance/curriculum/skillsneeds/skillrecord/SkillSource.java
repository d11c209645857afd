package org.skillalliance.curriculum.skillsneeds.skillrecord;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a skill level comes from, strongest first: a course whose post-assessment the staff member passed, or learning
 * at work signed off by HR or the mentor (issue 20; both rest on evidence, so they are equally strong), a manager's
 * rating, a self-assessment. The strongest source present decides a staff member's level in a skill; between equally
 * strong sources the newest record does.
 */
@ValueObject
public enum SkillSource {
    COURSE(3),
    ON_THE_JOB(3),
    MANAGER(2),
    SELF(1);

    private final int strength;

    SkillSource(int strength) {
        this.strength = strength;
    }

    public int strength() {
        return strength;
    }
}
