package org.dipnorm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;

/** The repository's own files for tests, and throw-away project folders built from fixtures. */
public final class TestProject {
    /** Tests run with the repository root as working directory (surefire and failsafe are configured so). */
    public static final Path ROOT = Path.of("").toAbsolutePath();
    public static final Path FIXTURES = ROOT.resolve("src/test/resources/fixtures");

    private TestProject() {}

    public static SourceSet sources() {
        return SourceSet.of(ROOT, List.of());
    }

    /** The real ontology and data, loaded into an in-memory store as {@code serve} loads them. */
    public static DipnormStore store() {
        DipnormStore store = DipnormStore.inMemory();
        SourceSet sources = sources();
        store.load(sources.parse(), sources.contentHash());
        return store;
    }

    /**
     * A project folder in {@code tmp} with the real ontology/ and queries/ and, as its data/, the
     * given fixture files from src/test/resources/fixtures.
     */
    public static Path home(Path tmp, String... fixtures) {
        try {
            copyTree(ROOT.resolve("ontology"), tmp.resolve("ontology"));
            copyTree(ROOT.resolve("queries"), tmp.resolve("queries"));
            Files.createDirectories(tmp.resolve("data"));
            for (String f : fixtures) {
                Files.copy(FIXTURES.resolve(f), tmp.resolve("data").resolve(f));
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
