package org.dipnorm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dipnorm.TestProject;
import org.dipnorm.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /reports/compare} on the real server over HTTP, and the HTML report in a real headless Chromium. */
class ReportIT {
    private static final String THREE = "/reports/compare?process=us-china-1971&process=us-vietnam-1975&process=us-dprk-1994";
    @TempDir
    static Path tmp;
    private static TestServer running;
    private static DipnormServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        running = TestServer.start(tmp, TestProject.ROOT);
        server = running.server();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theReportComesInEveryFormat() throws Exception {
        HttpResponse<String> html = get(THREE);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(html.body()).contains("<svg").contains("Where U.S.–DPRK normalization attempts, 1994–2019 stands")
                .contains(server.baseUrl() + "/id/event/1973-05-01-us-liaison-office-beijing-opened");
        JsonNode json = new ObjectMapper().readTree(get(THREE + "&format=json&as-of=2026-11-28").body());
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-28");
        assertThat(json.get("processes")).hasSize(3);
        assertThat(get(THREE + "&format=csv").body()).startsWith("process,ordinal,step_type");
        assertThat(get(THREE + "&format=md&align=relative").body()).startsWith("# Comparison of");
    }

    @Test
    void badRequestsGetProblemJson() throws Exception {
        HttpResponse<String> unknown = get("/reports/compare?process=us-china-1971&process=atlantis-1999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(unknown.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).isEqualTo("process=atlantis-1999: no such normalization process in the store");
        assertThat(get("/reports/compare?process=us-china-1971").statusCode()).isEqualTo(400);
        assertThat(get("/reports/compare").statusCode()).isEqualTo(400);
        assertThat(get(THREE + "&format=pdf").body()).contains("format=pdf: use html, md, json or csv");
        assertThat(get(THREE + "&as-of=1994").body()).contains("as-of=1994: expected a date");
    }

    @Test
    void aRealBrowserShowsTheReportWithItsTimeline() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(chromium), "Debian chromium is not installed (.ci/run installs it); skipping the browser test");
        }
        Path shots = TestProject.ROOT.resolve("target/screenshots");
        Files.createDirectories(shots);
        Path png = shots.resolve("report.png");
        Files.deleteIfExists(png);
        List<String> base = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-profile"), "--window-size=1280,2000");
        String url = server.baseUrl() + THREE;
        List<String> shot = new ArrayList<>(base);
        shot.add("--screenshot=" + png);
        shot.add(url);
        assertThat(run(shot, tmp.resolve("shot.log"))).isZero();
        assertThat(png).exists();
        assertThat(Files.size(png)).as("a screenshot with content").isGreaterThan(20_000);
        List<String> dump = new ArrayList<>(base);
        dump.add("--enable-logging=stderr");
        dump.add("--dump-dom");
        dump.add(url);
        Path dom = tmp.resolve("dom.html");
        Process p = new ProcessBuilder(dump).redirectOutput(dom.toFile()).redirectError(tmp.resolve("console.log").toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dom)).contains("<svg").contains("class=\"timeline\"").contains("Findings");
        assertThat(Files.readString(tmp.resolve("console.log"))).doesNotContain("Uncaught").doesNotContain("SyntaxError");
    }

    private static int run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished; log:%n%s", Files.readString(log)).isTrue();
        return p.exitValue();
    }
}
