package org.dipnorm.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dipnorm.UsageException;
import org.dipnorm.vocab.Graphs;

/**
 * The files a store is built from: {@code ontology/*.ttl} into the ontology graph, and
 * {@code data/**}{@code /*.ttl} plus every extra data folder into the curated graph.
 *
 * <pre>SourceSet sources = SourceSet.of(Path.of("."), List.of());</pre>
 */
public record SourceSet(Path home, List<Path> ontologyFiles, List<Path> dataFiles) {
    /** Bump when the way files map to graphs changes, so existing stores reload. */
    private static final String LAYOUT_VERSION = "dipnorm-load-1";

    public SourceSet {
        ontologyFiles = List.copyOf(ontologyFiles);
        dataFiles = List.copyOf(dataFiles);
    }

    /** The project folder {@code home} (with ontology/ and data/) plus extra data folders. */
    public static SourceSet of(Path home, List<Path> extraDataDirs) {
        Path ontology = home.resolve("ontology");
        Path data = home.resolve("data");
        if (!Files.isDirectory(ontology)) {
            throw new UsageException("--home: no ontology/ folder in " + home.toAbsolutePath().normalize()
                    + "; run from the repository root or pass --home DIR");
        }
        List<Path> dataFiles = new ArrayList<>();
        if (Files.isDirectory(data)) {
            dataFiles.addAll(turtleFiles(data));
        }
        for (Path dir : extraDataDirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--data: not a folder: " + dir);
            }
            dataFiles.addAll(turtleFiles(dir));
        }
        List<Path> ontologyFiles = turtleFiles(ontology);
        if (ontologyFiles.isEmpty()) {
            throw new UsageException("--home: " + ontology.toAbsolutePath().normalize() + " holds no .ttl files");
        }
        return new SourceSet(home, ontologyFiles, dataFiles);
    }

    public Path queriesDir() {
        return home.resolve("queries");
    }

    public List<Path> allFiles() {
        List<Path> all = new ArrayList<>(ontologyFiles);
        all.addAll(dataFiles);
        return all;
    }

    /** Parses every file into its named graph; the first bad file fails with its position. */
    public Map<Node, Graph> parse() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Graphs.ONTOLOGY, union(ontologyFiles));
        graphs.put(Graphs.CURATED, union(dataFiles));
        return graphs;
    }

    /** SHA-256 over the layout version and each file's path and bytes, in a stable order. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LAYOUT_VERSION.getBytes(StandardCharsets.UTF_8));
            for (Path file : allFiles()) {
                digest.update(home.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                        .toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Graph union(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            RdfFileReader.read(file).find().forEachRemaining(graph::add);
        }
        return graph;
    }

    private static List<Path> turtleFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
