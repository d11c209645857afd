package org.skillalliance.drills;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The four drills, in the order they run. */
enum Drill {
    KAFKA("kafka", "Kafka killed (SIGKILL) for 30 s under write load, then started again on the same port and data"),
    REPORTING("reporting", "reporting-service killed (SIGKILL) mid-stream and started again"),
    POISON(
            "poison",
            "a poison message and a flood of duplicates (real events sent again, same event ids) "
                    + "injected straight onto the topics"),
    DATABASE("database", "the PostgreSQL server (every service's database) killed (SIGKILL), down 10 s, started again");

    private final String key;
    private final String title;

    Drill(String key, String title) {
        this.key = key;
        this.title = title;
    }

    String key() {
        return key;
    }

    String title() {
        return title;
    }

    /** The drills named (by key), all of them for none; an unknown name is an error listing the known ones. */
    static List<Drill> select(List<String> names) {
        if (names.isEmpty()) {
            return List.of(values());
        }
        return names.stream()
                .map(name -> Arrays.stream(values())
                        .filter(drill -> drill.key.equals(name.toLowerCase(Locale.ROOT)))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown drill " + name + "; the drills are "
                                + Arrays.stream(values()).map(Drill::key).collect(Collectors.joining(", ")))))
                .distinct()
                .sorted()
                .toList();
    }
}
