package org.dipnorm.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * While a short batch command runs, the JVM compiles code with its quick compiler (C1) only, not
 * its optimizing one (C2): the effect of {@code -XX:TieredStopAtLevel=1}, which {@code java -jar}
 * cannot be given from inside the jar. It adds a HotSpot compiler directive that excludes C2 for
 * every method, through the JVM's diagnostic-command MBean (as {@code jcmd PID
 * Compiler.directives_add FILE} would), and removes it on {@link #close}. Methods that C2 was asked
 * for in between stay with C1 until the JVM exits. See ADR 0006 for why and what it measured.
 *
 * <p>On a JVM without that MBean or directive (not HotSpot), nothing changes and the command runs
 * as before.
 *
 * <pre>try (QuickCompilation jit = QuickCompilation.start()) { … }</pre>
 */
final class QuickCompilation implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuickCompilation.class);
    /** Every method: no C2. A method C2 would have compiled is compiled by C1 without profiling instead. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";

    private final boolean added;

    private QuickCompilation(boolean added) {
        this.added = added;
    }

    /** Adds the directive; when the JVM does not take it, says why (at debug level) and changes nothing. */
    static QuickCompilation start() {
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

    /** Removes the directive added by {@link #start}, if any. */
    @Override
    public void close() {
        if (!added) {
            return;
        }
        try {
            invoke("compilerDirectivesRemove");
        } catch (JMException | RuntimeException e) {
            LOG.debug("Could not remove the compiler directive: {}", e.toString());
        }
    }

    /** The compiler directives in force, as {@code jcmd PID Compiler.directives_print} prints them. */
    static String print() throws JMException {
        return String.valueOf(invoke("compilerDirectivesPrint"));
    }

    private static Object invoke(String operation, String... arguments) throws JMException {
        var server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(MBEAN);
        return arguments.length == 0 ? server.invoke(name, operation, null, null)
                : server.invoke(name, operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
