package org.dipnorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium for tests: a screenshot and the DOM after scripts ran, with the
 * console and the network log kept so a test can fail on JavaScript errors or outside requests.
 * Outside CI the tests that need it are skipped when it is not installed; in CI (CI=true) they fail.
 */
public final class Chromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = TestProject.ROOT.resolve("target/screenshots");

    private final Path work;

    public Chromium(Path work) {
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(BINARY), "Debian chromium is not installed (.ci/run installs it); skipping the browser test");
        }
        this.work = work;
    }

    /** What one page load gave: the DOM after scripts, the console log, the network log. */
    public record Visit(String dom, String console, String netLog, Path screenshot) {}

    /** Loads a URL, lets its scripts run for {@code budgetMs} of virtual time, saves a screenshot named {@code name}. */
    public Visit visit(String url, String name, int budgetMs) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png");
        Files.deleteIfExists(png);
        Path console = work.resolve(name + "-console.log");
        Path net = work.resolve(name + "-net.json");
        run(args(url, List.of("--screenshot=" + png, "--window-size=1280,1400", "--virtual-time-budget=" + budgetMs)), work.resolve(name + "-shot.log"));
        Path dom = work.resolve(name + ".html");
        List<String> dump = args(url, List.of("--dump-dom", "--virtual-time-budget=" + budgetMs, "--enable-logging=stderr", "--v=0",
                "--log-net-log=" + net));
        Process p = new ProcessBuilder(dump).redirectOutput(dom.toFile()).redirectError(console.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium --dump-dom finished").isTrue();
        assertThat(png).exists();
        return new Visit(Files.readString(dom), Files.readString(console), Files.exists(net) ? Files.readString(net) : "", png);
    }

    private List<String> args(String url, List<String> extra) {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + work.resolve("profile")));
        cmd.addAll(extra);
        cmd.add(url);
        return cmd;
    }

    private static void run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished; log:%n%s", Files.readString(log)).isTrue();
    }
}
