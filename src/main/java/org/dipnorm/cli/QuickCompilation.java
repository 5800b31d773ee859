package org.dipnorm.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * While a short batch command runs, the JVM compiles code with its quick compiler (C1) only, not
 * its optimizing one (C2): close to the effect of {@code -XX:TieredStopAtLevel=1}, which
 * {@code java -jar} cannot be given from inside the jar. It adds a HotSpot compiler directive that
 * excludes C2 for every method, through the JVM's diagnostic-command MBean (as {@code jcmd PID
 * Compiler.directives_add FILE} would), and removes it on {@link #close}. Unlike the flag, a hot
 * method is still first compiled by C1 with profiling; when C2 would take it over, C2 refuses and
 * C1 compiles it again without profiling, and it stays so until the JVM exits. See ADR 0006 for
 * why and what it measured.
 *
 * <p>On a JVM without that MBean or directive (not HotSpot), nothing changes and the command runs
 * as before.
 *
 * <pre>try (QuickCompilation jit = QuickCompilation.start()) { … }</pre>
 */
final class QuickCompilation implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuickCompilation.class);
    /** Every method: no C2. A method C2 would have compiled is compiled again by C1, without profiling, instead. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";

    private final boolean added;

    private QuickCompilation(boolean added) {
        this.added = added;
    }

    /**
     * Adds the directive; when the JVM does not take it, or already compiles with C1 only, or has no C1 to fall back to
     * ({@code -XX:-TieredCompilation}: the excluded code would stay interpreted), says why (at debug level) and changes
     * nothing.
     */
    static QuickCompilation start() {
        if (!tieredUpToC2()) {
            return new QuickCompilation(false);
        }
        try {
            Path file = Files.createTempFile("dipnorm-jit-", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                Object answer = invoke("compilerDirectivesAdd", file.toString());
                // HotSpot answers "1 compiler directives added" (or says what it could not parse).
                if (answer instanceof String s && s.strip().startsWith("1 ")) {
                    return new QuickCompilation(true);
                }
                LOG.debug("The JVM did not take the compiler directive: {}", answer);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (JMException | IOException | RuntimeException e) {
            LOG.debug("The JVM's compilers are left as they are: {}", e.toString());
        }
        return new QuickCompilation(false);
    }

    /** Whether the directive was added (the JVM is HotSpot and took it). */
    boolean active() {
        return added;
    }

    /**
     * Removes the directive added by {@link #start}, if any. HotSpot removes the directive added last: when that is not
     * this one (another was added since), both are left in place.
     */
    @Override
    public void close() {
        if (!added) {
            return;
        }
        try {
            if (ourDirectiveOnTop(print())) {
                invoke("compilerDirectivesRemove");
            } else {
                LOG.warn("Another compiler directive was added during the import: the one that excludes C2 is left in place");
            }
        } catch (JMException | RuntimeException e) {
            LOG.debug("Could not remove the compiler directive: {}", e.toString());
        }
    }

    /** Whether the first directive {@code Compiler.directives_print} lists (the one added last) is {@link #DIRECTIVE}. */
    static boolean ourDirectiveOnTop(String printed) {
        int first = printed.indexOf("Directive:");
        if (first < 0) {
            return false;
        }
        int next = printed.indexOf("Directive:", first + 1);
        String block = printed.substring(first, next < 0 ? printed.length() : next);
        int c2 = block.indexOf("c2 directives:");
        return c2 > 0 && block.contains("matching: *.*") && !block.contains("(default)")
                && block.substring(0, c2).contains("Enable:false") && block.substring(c2).contains("Exclude:true")
                && block.lines().filter(l -> l.contains("matching:")).count() == 1;
    }

    /** Whether the JVM compiles in tiers up to C2: only then is there something to exclude and C1 to fall back to. */
    private static boolean tieredUpToC2() {
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            boolean tiered = Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue());
            int stop = Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue());
            if (tiered && stop >= 4) {
                return true;
            }
            LOG.debug("The JVM's compilers are left as they are: TieredCompilation {}, TieredStopAtLevel {}", tiered, stop);
        } catch (RuntimeException e) {
            LOG.debug("The JVM's compilers are left as they are: {}", e.toString());
        }
        return false;
    }

    /** The compiler directives in force, as {@code jcmd PID Compiler.directives_print} prints them. */
    static String print() throws JMException {
        return String.valueOf(invoke("compilerDirectivesPrint"));
    }

    /** Runs a diagnostic command of the JVM (the MBean operation, as {@code compilerDirectivesAdd}) with its arguments. */
    static Object invoke(String operation, String... arguments) throws JMException {
        var server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(MBEAN);
        return arguments.length == 0 ? server.invoke(name, operation, null, null)
                : server.invoke(name, operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
