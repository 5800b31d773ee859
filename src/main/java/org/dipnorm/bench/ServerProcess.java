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
public final class ServerProcess implements AutoCloseable {
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
        return dipnorm(jar, home, db, log, List.of());
    }

    /** {@code serve} over {@code db} with more options, e.g. {@code --allow-update}. */
    static ServerProcess dipnorm(Path jar, Path home, Path db, Path log, List<String> options) throws IOException, InterruptedException {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port), "--db",
                db.toString(), "--home", home.toString()));
        args.addAll(options);
        return start(args, port, "/dipnorm/sparql", "/dipnorm/sparql?query=ASK%7B%7D", log);
    }

    /** {@code serve --endpoint URL}: the API, pages and reports over a remote SPARQL endpoint, no store of its own. */
    static ServerProcess dipnormRemote(Path jar, Path home, String endpoint, Path log) throws IOException, InterruptedException {
        int port = freePort();
        return start(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port), "--home", home.toString(),
                "--endpoint", endpoint), port, "/dipnorm/sparql", "/$/ping", log);
    }

    /**
     * A stock Fuseki ({@code jena-fuseki-server}, its own JVM with {@code heap}) serving {@code db} read-only at
     * {@code /ds/sparql} with the union of the named graphs as its default graph, as ADR 0001 asks of a remote store.
     */
    public static ServerProcess fusekiServer(Path fusekiJar, Path db, Path workDir, String heap) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(workDir);
        Path config = workDir.resolve("fuseki.ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                <#service> a fuseki:Service ; fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset <#dataset> .
                <#dataset> a tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true .
                """.formatted(db.toAbsolutePath().toString().replace("\\", "/")));
        return start(List.of("-Xmx" + heap, "-jar", fusekiJar.toString(), "--port=" + port, "--localhost", "--ping",
                "--config=" + config), port, "/ds/sparql", "/$/ping", workDir.resolve("fuseki.log"));
    }

    /** Plain Fuseki main over the same TDB2 folder, read-only at {@code /ds}. */
    static ServerProcess fusekiMain(Path jar, Path db, Path log) throws IOException, InterruptedException {
        int port = freePort();
        return start(List.of("-cp", jar.toString(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port=" + port,
                "--localhost", "--loc=" + db, "/ds"), port, "/ds/sparql", "/ds/sparql?query=ASK%7B%7D", log);
    }

    private static ServerProcess start(List<String> args, int port, String sparqlPath, String readyPath, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FUSEKI_BASE", log.toAbsolutePath().getParent().resolve("fuseki-base").toString());
        Process p = pb.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI ask = URI.create("http://localhost:" + port + readyPath);
        long deadline = start + TimeUnit.SECONDS.toNanos(600);
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
        throw new InputException("the server did not answer within 600 s; see " + log);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    public String sparqlUrl() {
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
