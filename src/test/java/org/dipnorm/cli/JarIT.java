package org.dipnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dipnorm.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code target/dipnorm.jar} in its own JVM, as a user runs it: a jar whose
 * META-INF/services were lost starts but cannot parse Turtle, which these tests would catch.
 */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("dipnorm.jar", "target/dipnorm.jar"));

    @TempDir
    Path tmp;

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(TestProject.ROOT.toFile());
    }

    private static String run(int expectedExit, String... args) throws Exception {
        Process p = java(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit code of %s; output:%n%s", List.of(args), output).isEqualTo(expectedExit);
        return output;
    }

    @Test
    void theJarValidatesAndQueries() throws Exception {
        assertThat(JAR).exists();
        assertThat(run(0, "validate")).contains("0 violation(s)");
        assertThat(run(0, "query", "interim-to-embassy", "--db", tmp.resolve("db").toString(), "--format", "csv"))
                .contains(",2130,2130").contains(",190,190");
        assertThat(run(2, "query", "--db", tmp.resolve("db").toString(), "nope")).contains("no query named 'nope'");
    }

    @Test
    void theJarServesSparqlAndStopsCleanly() throws Exception {
        Process server = java("serve", "--port", "0", "--db", tmp.resolve("db").toString())
                .redirectError(tmp.resolve("serve.log").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            Pattern url = Pattern.compile("SPARQL endpoint \\(read-only\\)\\s+(http://\\S+)");
            for (String line = out.readLine(); line != null && endpoint == null; line = out.readLine()) {
                Matcher m = url.matcher(line);
                if (m.find()) {
                    endpoint = m.group(1);
                }
            }
            assertThat(endpoint).as("printed endpoint; log:%n%s", Files.readString(tmp.resolve("serve.log"))).isNotNull();
            String q = URLEncoder.encode("""
                    PREFIX time: <http://www.w3.org/2006/time#>
                    SELECT ?d { <https://w3id.org/dipnorm/id/event/1995-08-06-us-embassy-hanoi-opened> time:hasTime/time:inXSDDate ?d }""",
                    StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint + "?query=" + q)).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("1995-08-06");
            String api = endpoint.replace("/dipnorm/sparql", "/api/processes/us-vietnam-1975");
            HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body()).contains("\"label\" : \"U.S. Liaison Office in Hanoi opens\"");
            // One request-log line per API request: method, path, status, milliseconds.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.readString(tmp.resolve("serve.log")).contains("GET /api/processes/us-vietnam-1975 200")
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(tmp.resolve("serve.log"))).containsPattern("GET /api/processes/us-vietnam-1975 200 \\d+ ms");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
        }
    }
}
