package org.skillalliance.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a child's log, for the message of a failed start: what the child said before it gave up. */
public final class LogTail {

    static final int LINES = 25;

    private LogTail() {}

    /** A line break and the log's last lines under a heading; nothing when the log is empty or unreadable. */
    public static String of(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
            return tail.isEmpty()
                    ? ""
                    : System.lineSeparator() + "--- last lines of " + log.getFileName() + " ---"
                            + System.lineSeparator() + String.join(System.lineSeparator(), tail);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }
}
