package org.skillalliance.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service with two endpoints, secured exactly as the real ones are. */
@SpringBootApplication
public class ProbeApplication {

    @RestController
    static class ProbeController {

        @GetMapping("/api/probe")
        Caller whoAmI() {
            return Caller.current();
        }

        @PreAuthorize("hasRole('coordinator')")
        @GetMapping("/api/probe/coordinators")
        String coordinatorsOnly() {
            return "ok";
        }
    }
}
