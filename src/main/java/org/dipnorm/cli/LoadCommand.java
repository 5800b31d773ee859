package org.dipnorm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.dipnorm.vocab.Graphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code load}: validate, then replace the ontology and curated graphs in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Validate ontology/ and data/, then write them into the store in one transaction; on any error the store is unchanged.")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SourceSet sources = store.sources();
        try (DipnormStore db = DipnormStore.open(store.db)) {
            StoreSetup.validateAndLoad(db, sources, spec.commandLine().getErr());
            out.printf("Loaded %d files into %s: %,d ontology and %,d curated triples%n", sources.allFiles().size(),
                    store.db, db.size(Graphs.ONTOLOGY), db.size(Graphs.CURATED));
        }
        return DipnormCli.OK;
    }
}
