package org.skillalliance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path folder;

    @Test
    void theTailIsTheLogsLastLinesUnderAHeading() throws IOException {
        Path log = folder.resolve("kafka.log");
        Files.write(log, IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i).toList());

        String tail = LogTail.of(log);

        assertThat(tail)
                .startsWith(System.lineSeparator() + "--- last lines of kafka.log ---")
                .contains("line 16", "line 40")
                .doesNotContain("line 15");
        assertThat(tail.lines().count()).isEqualTo(1 + 1 + LogTail.LINES);
    }

    @Test
    void anEmptyOrMissingLogAddsNothing() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.log"));

        assertThat(LogTail.of(empty)).isEmpty();
        assertThat(LogTail.of(folder.resolve("missing.log"))).isEmpty();
    }
}
