package org.dipnorm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dipnorm.store.SourceSet;
import picocli.CommandLine.Option;

/** Where the project files and the store are: shared by every command that reads the store. */
public final class StoreOptions {
    @Option(names = "--home", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder holding ontology/, data/ and queries/ (default: ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = ".dipnorm/db",
            description = "TDB2 store folder, created if missing (default: ${DEFAULT-VALUE}, relative to the current folder).")
    Path db;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Extra folder of Turtle files to load into the curated graph; repeatable.")
    List<Path> extraData = new ArrayList<>();

    SourceSet sources() {
        return SourceSet.of(home, extraData);
    }
}
