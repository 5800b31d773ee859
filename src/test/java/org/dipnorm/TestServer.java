package org.dipnorm;

import java.nio.file.Path;
import java.util.List;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.server.DipnormServer;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;

/**
 * The real server for integration tests: a TDB2 store on disk loaded from a project folder, served
 * on a free port with the project's named queries.
 *
 * <pre>TestServer s = TestServer.start(tmp, TestProject.ROOT); … s.url("/page/state/china"); s.close();</pre>
 */
public record TestServer(DipnormStore store, DipnormServer server) implements AutoCloseable {
    public static TestServer start(Path tmp, Path home) {
        return start(tmp, home, b -> { });
    }

    /** As {@link #start(Path, Path)}, letting the test adjust the server (e.g. a short query timeout). */
    public static TestServer start(Path tmp, Path home, java.util.function.Consumer<DipnormServer.Builder> adjust) {
        DipnormStore store = DipnormStore.open(tmp.resolve("db"));
        SourceSet sources = SourceSet.of(home, List.of());
        store.load(sources.parse(), sources.contentHash());
        DipnormServer.Builder builder = DipnormServer.create().port(0).dataset(store.datasetGraph())
                .queries(QueryCatalog.load(sources.queriesDir()));
        adjust.accept(builder);
        return new TestServer(store, builder.build().start());
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
