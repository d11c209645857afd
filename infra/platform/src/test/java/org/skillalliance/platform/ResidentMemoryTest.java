package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void reads_vm_rss_from_a_proc_status_text() {
        String status = """
                Name:\tjava
                State:\tS (sleeping)
                VmPeak:\t 5124480 kB
                VmRSS:\t  421888 kB
                RssAnon:\t  400000 kB
                Threads:\t42
                """;

        assertThat(ResidentMemory.parseVmRss(status)).isEqualTo(OptionalLong.of(421888));
        assertThat(ResidentMemory.describe(421888)).isEqualTo("412 MB");
    }

    @Test
    void reads_the_proportional_set_size_from_smaps_rollup() {
        String rollup = """
                55d4c8a00000-7ffd1b7f2000 ---p 00000000 00:00 0                          [rollup]
                Rss:              421888 kB
                Pss:              301234 kB
                Pss_Anon:         280000 kB
                """;

        assertThat(ResidentMemory.parseField(rollup, "Pss:")).isEqualTo(OptionalLong.of(301234));
    }

    @Test
    void a_process_without_memory_of_its_own_has_no_vm_rss() {
        assertThat(ResidentMemory.parseVmRss("Name:\tkthreadd\nState:\tS (sleeping)\n"))
                .isEmpty();
    }

    @Test
    void measures_this_jvm_and_counts_children_in_a_tree() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        long self = ResidentMemory.kilobytes(ProcessHandle.current().pid()).orElseThrow();
        assertThat(self).isGreaterThan(10_000);

        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            long tree = ResidentMemory.kilobytesOfTree(ProcessHandle.current());
            assertThat(tree).isGreaterThan(self - 5_000);
            assertThat(ResidentMemory.kilobytes(child.pid())).isPresent();
            // the child shares its libraries with every other process, so its proportional share is below its RSS
            assertThat(ResidentMemory.proportionalKilobytes(child.pid()).orElseThrow())
                    .isPositive()
                    .isLessThanOrEqualTo(ResidentMemory.kilobytes(child.pid()).orElseThrow());
            assertThat(ResidentMemory.proportionalKilobytesOfTree(ProcessHandle.current()))
                    .isPositive();
        } finally {
            child.destroyForcibly().waitFor();
        }
        assertThat(ResidentMemory.kilobytes(child.pid())).isEmpty();
    }
}
