package org.dipnorm.cli;

import java.io.PrintWriter;
import org.dipnorm.InputException;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.dipnorm.validate.ValidationReport;
import org.dipnorm.validate.Validator;

/** Validate-then-load, shared by {@code serve}, {@code load} and {@code query}. */
final class StoreSetup {
    private StoreSetup() {}

    /** Opens the store and (re)loads it when the source files changed since the last load. */
    static DipnormStore openUpToDate(StoreOptions options, PrintWriter err) {
        return openUpToDate(options, err, true);
    }

    /** As {@link #openUpToDate(StoreOptions, PrintWriter)}; {@code reindex} false leaves the text index to the caller's write. */
    static DipnormStore openUpToDate(StoreOptions options, PrintWriter err, boolean reindex) {
        SourceSet sources = options.sources();
        DipnormStore store = DipnormStore.open(options.db);
        try {
            if (!store.holdsFiles(sources.contentHash())) {
                validateAndLoad(store, sources, err, reindex);
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Validates every file, then replaces the graphs in one transaction; nothing is written on a violation. */
    static void validateAndLoad(DipnormStore store, SourceSet sources, PrintWriter err) {
        validateAndLoad(store, sources, err, true);
    }

    private static void validateAndLoad(DipnormStore store, SourceSet sources, PrintWriter err, boolean reindex) {
        ValidationReport report = new Validator().validate(sources);
        if (!report.conforms()) {
            report.violations().forEach(p -> err.println(p));
            err.flush();
            throw new InputException(report.violations().size() + " violation(s); the store was not changed");
        }
        store.load(sources.parse(), sources.contentHash(), reindex);
    }
}
