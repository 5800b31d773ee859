package org.dipnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compiler directive of {@code import hsg --jit quick}: in force between start and close only,
 * and while it is, code the JVM would compile with C2 is compiled with C1 (seen through the JVM's
 * own compilation events).
 */
class QuickCompilationTest {
    private static final int C2 = 4;

    @BeforeEach
    void onHotSpotCompilingUpToC2() {
        boolean upToC2;
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            upToC2 = Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue())
                    && Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) >= 4;
        } catch (RuntimeException e) {
            upToC2 = false;
        }
        assumeTrue(upToC2, "not a HotSpot JVM compiling in tiers up to C2: the directive is not added there");
    }

    @Test
    void theDirectiveIsInForceFromStartToClose() throws Exception {
        assertThat(excludes(QuickCompilation.print())).as("before").isZero();
        try (QuickCompilation quick = QuickCompilation.start()) {
            assertThat(quick.active()).isTrue();
            assertThat(excludes(QuickCompilation.print())).as("during").isEqualTo(1);
        }
        assertThat(excludes(QuickCompilation.print())).as("after").isZero();
    }

    @Test
    void closeLeavesADirectiveAddedSinceAndItsOwn() throws Exception {
        Path other = Files.createTempFile("other-directive", ".json");
        Files.writeString(other, "[{ match: \"java/lang/String.hashCode\", c1: { Exclude: true } }]");
        try {
            try (QuickCompilation quick = QuickCompilation.start()) {
                assertThat(quick.active()).isTrue();
                assertThat(QuickCompilation.ourDirectiveOnTop(QuickCompilation.print())).isTrue();
                QuickCompilation.invoke("compilerDirectivesAdd", other.toString());
                assertThat(QuickCompilation.ourDirectiveOnTop(QuickCompilation.print())).isFalse();
            }
            // Not removed: HotSpot would have removed the other one.
            assertThat(QuickCompilation.print()).contains("java/lang/String.hashCode");
            assertThat(excludes(QuickCompilation.print())).isEqualTo(2);
        } finally {
            QuickCompilation.invoke("compilerDirectivesClear");
            Files.deleteIfExists(other);
        }
        assertThat(excludes(QuickCompilation.print())).isZero();
    }

    @Test
    void hotCodeIsCompiledByC1OnlyWhileTheDirectiveIsInForce() throws Exception {
        Map<String, Set<Integer>> levels = new ConcurrentHashMap<>();
        try (RecordingStream events = new RecordingStream()) {
            events.enable("jdk.Compilation").withThreshold(Duration.ZERO);
            events.onEvent("jdk.Compilation", e -> {
                RecordedMethod m = e.getValue("method");
                if (m.getType().getName().equals(Hot.class.getName())) {
                    levels.computeIfAbsent(m.getName(), k -> ConcurrentHashMap.newKeySet()).add(e.getInt("compileLevel"));
                }
            });
            events.startAsync();
            // Without the directive a hot method reaches C2: the events show it, so the test can see one.
            long start = System.nanoTime();
            long sink = 0;
            while (!levels.getOrDefault("control", Set.of()).contains(C2)) {
                sink += Hot.control(1_000);
                if (System.nanoTime() - start > Duration.ofSeconds(90).toNanos()) {
                    fail("no C2 compilation of a hot method seen in 90 s: " + levels);
                }
            }
            long needed = System.nanoTime() - start;
            try (QuickCompilation quick = QuickCompilation.start()) {
                assertThat(quick.active()).isTrue();
                // The same work, for three times as long as the control needed to reach C2, and until C1 has compiled it
                // without profiling (level 1), which it does once C2 refuses it.
                long begin = System.nanoTime();
                while (System.nanoTime() - begin < Math.max(3 * needed, Duration.ofSeconds(3).toNanos())
                        || !levels.getOrDefault("quick", Set.of()).contains(1)) {
                    sink += Hot.quick(1_000);
                    if (System.nanoTime() - begin > Duration.ofSeconds(120).toNanos()) {
                        fail("no compilation of the method seen in 120 s: " + levels);
                    }
                }
                Thread.sleep(1_500); // the events of the last compilations reach the stream
            }
            assertThat(levels.get("quick")).as("compile levels of the method run under the directive (sink %d)", sink)
                    .contains(1).doesNotContain(C2);
        }
    }

    /** The compiler sections printed with a method excluded. */
    private static long excludes(String printed) {
        return printed.lines().filter(l -> l.contains("Exclude:true")).count();
    }

    /** Two copies of the same hot code: one run before the directive, one under it. */
    static final class Hot {
        static long control(int n) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                s += (i * 31L) ^ (s >>> 3);
            }
            return s;
        }

        static long quick(int n) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                s += (i * 31L) ^ (s >>> 3);
            }
            return s;
        }
    }
}
