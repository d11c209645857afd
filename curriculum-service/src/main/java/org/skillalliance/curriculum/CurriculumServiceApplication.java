package org.skillalliance.curriculum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Curriculum service: skills, courses, cohorts, enrolments with waitlists, outcomes and credentials. */
@SpringBootApplication
public class CurriculumServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CurriculumServiceApplication.class, args);
    }
}
