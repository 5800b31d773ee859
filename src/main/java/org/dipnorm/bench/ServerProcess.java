package org.dipnorm.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dipnorm.InputException;

/**
 * A server in its own JVM, started from the DipNorm jar: {@code serve}, or plain Fuseki main
 * ({@code FusekiMainCmd}) over the same TDB2 folder. Start-up time is from spawning the JVM to the
 * first answered SPARQL query; memory is the process's resident set (VmRSS).
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final String sparqlPath;
    private final long startupNanos;

    private ServerProcess(Process process, int port, String sparqlPath, long startupNanos) {
        this.process = process;
        this.port = port;
        this.sparqlPath = sparqlPath;
        this.startupNanos = startupNanos;
    }

    /** {@code java -jar dipnorm.jar serve --port P --db DB --home HOME}. */
    static ServerProcess dipnorm(Path jar, Path home, Path db, Path log) throws IOException, InterruptedException {
        int port = freePort();
        return start(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port), "--db", db.toString(),
                "--home", home.toString()), port, "/dipnorm/sparql", log);
    }

    /** Plain Fuseki main over the same TDB2 folder, read-only at {@code /ds}. */
    static ServerProcess fusekiMain(Path jar, Path db, Path log) throws IOException, InterruptedException {
        int port = freePort();
        return start(List.of("-cp", jar.toString(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port=" + port,
                "--localhost", "--loc=" + db, "/ds"), port, "/ds/sparql", log);
    }

    private static ServerProcess start(List<String> args, int port, String sparqlPath, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI ask = URI.create("http://localhost:" + port + sparqlPath + "?query=ASK%7B%7D");
        long deadline = start + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new InputException("the server exited with " + p.exitValue() + "; see " + log + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServerProcess(p, port, sparqlPath, System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        p.destroyForcibly();
        throw new InputException("the server did not answer within 180 s; see " + log);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String sparqlUrl() {
        return baseUrl() + sparqlPath;
    }

    double startupMillis() {
        return startupNanos / 1e6;
    }

    /** Resident memory of the server process in MiB, from /proc (Linux); NaN elsewhere. */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
