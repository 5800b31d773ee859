package org.dipnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dipnorm.TestProject;
import org.dipnorm.TestServer;
import org.dipnorm.server.DipnormServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cool URIs, content negotiation, RDF that parses back, resource pages with paging, 404s — over HTTP on the real server. */
class LinkedDataIT {
    private static final String LO = "mission/united-states-liaison-office-beijing";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @TempDir
    static Path tmp;
    private static TestServer running;
    private static DipnormServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"));
        for (Path f : Files.list(TestProject.ROOT.resolve("data")).toList()) {
            Files.copy(f, home.resolve("data").resolve(f.getFileName()));
        }
        Files.copy(TestProject.FIXTURES.resolve("hostile-label.ttl"), home.resolve("data/hostile-label.ttl"));
        running = TestServer.start(tmp, home);
        server = running.server();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void idRedirectsBrowsersToThePageAndRdfClientsToTheData() throws Exception {
        HttpResponse<String> page = get("/id/" + LO, BROWSER);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains(server.baseUrl() + "/page/" + LO);
        assertThat(page.headers().firstValue("Vary")).contains("Accept");
        HttpResponse<String> data = get("/id/" + LO, "text/turtle");
        assertThat(data.statusCode()).isEqualTo(303);
        assertThat(data.headers().firstValue("Location")).contains(server.baseUrl() + "/data/" + LO);
        HttpResponse<String> none = get("/id/" + LO, "image/png");
        assertThat(none.statusCode()).isEqualTo(406);
        assertThat(none.body()).contains("text/turtle");
    }

    @Test
    void everyRdfFormatParsesBackToTheSameGraph() throws Exception {
        Model reference = null;
        for (Object[] f : new Object[][] {{".ttl", Lang.TURTLE}, {".jsonld", Lang.JSONLD}, {".rdf", Lang.RDFXML}, {".nt", Lang.NTRIPLES}}) {
            HttpResponse<String> r = get("/data/" + LO + f[0], null);
            assertThat(r.statusCode()).as("/data%s", f[0]).isEqualTo(200);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .lang((Lang) f[1]).parse(m);
            assertThat(m.size()).isGreaterThan(5);
            if (reference == null) {
                reference = m;
            } else {
                assertThat(m.isIsomorphicWith(reference)).as("%s is the same graph as Turtle", f[0]).isTrue();
            }
        }
        assertThat(get("/data/" + LO, "application/ld+json").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/ld+json"));
        assertThat(get("/data/" + LO + "?format=nt", null).body()).contains("<https://w3id.org/dipnorm/id/state/china>");
        assertThat(get("/data/mission/no-such-mission.ttl", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aPageShowsLabelsDatesAtPrecisionSourcesAndPagedIncomingLinks() throws Exception {
        HttpResponse<String> event = get("/page/event/1973-05-01-us-liaison-office-beijing-opened", BROWSER);
        assertThat(event.statusCode()).isEqualTo(200);
        assertThat(event.body()).contains("U.S. Liaison Office in Beijing opens").contains("1 May 1973")
                .contains("href=\"https://history.state.gov/countries/china\"")
                .contains(server.baseUrl() + "/page/" + LO);
        HttpResponse<String> year = get("/page/event/1973-prc-liaison-office-washington-opened", BROWSER);
        assertThat(year.body()).contains(">1973</a>").doesNotContain("1 January 1973");
        HttpResponse<String> us = get("/page/state/united-states", BROWSER);
        assertThat(us.body()).contains("1–50 of").contains("rel=\"next\"");
        HttpResponse<String> second = get("/page/state/united-states?in=50", BROWSER);
        assertThat(second.body()).contains("51–").contains("rel=\"prev\"");
        assertThat(get("/page/" + LO, BROWSER).body()).contains("<svg").contains("class=\"timeline\"");
        HttpResponse<String> process = get("/page/process/us-dprk-1994", BROWSER);
        assertThat(process.body()).contains("class=\"timeline\"").contains("agreed, never realized");
        assertThat(process.body()).contains("/reports/compare?process=us-dprk-1994&amp;process=us-china-1971&amp;process=us-vietnam-1975");
    }

    @Test
    void outsideIrisAreBrowsableAndUnknownOnesGetA404Page() throws Exception {
        assertThat(get("/page?iri=http%3A%2F%2Fschema.org%2FCity", BROWSER).statusCode()).isEqualTo(200);
        HttpResponse<String> missing = get("/page/mission/atlantis", BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not in DipNorm").doesNotContain("Exception");
    }

    @Test
    void theHomePageListsThePrecedentsAndWhatIsInTheGraph() throws Exception {
        HttpResponse<String> home = get("/", BROWSER);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("U.S.–DPRK normalization attempts, 1994–2019").contains("https://w3id.org/dipnorm/graph/curated")
                .contains("action=\"" + server.baseUrl() + "/search\"");
        // a year-only first step is shown as the year, not padded to 1 January
        assertThat(home.body()).contains("<td>1980</td>").doesNotContain("1980-01-01");
    }

    @Test
    void searchRanksLabelsAndQuotesAndFiltersByType() throws Exception {
        HttpResponse<String> all = get("/search?q=liaison", BROWSER);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("United States Liaison Office, Beijing").contains("evidence for");
        String type = java.net.URLEncoder.encode("https://w3id.org/dipnorm/ontology#LiaisonOffice", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> offices = get("/search?q=liaison&type=" + type, BROWSER);
        assertThat(offices.body()).contains("United States Liaison Office, Beijing").doesNotContain("evidence for");
        HttpResponse<String> hostile = get("/search?q=%22%29+AND+%7B+*%3A*", BROWSER);
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(get("/search?q=" + "x".repeat(500), BROWSER).statusCode()).isEqualTo(400);
    }

    @Test
    void ontologyAndVocabulariesAreDocumentedAsHtmlAndRdf() throws Exception {
        HttpResponse<String> onto = get("/ontology", BROWSER);
        assertThat(onto.statusCode()).isEqualTo(200);
        assertThat(onto.body()).contains("id=\"LiaisonOffice\"").contains("Official representation agreed between states")
                .contains("subclass of <a href=\"" + server.baseUrl() + "/ontology#InterimRepresentation\"");
        HttpResponse<String> steps = get("/vocab/step-type", BROWSER);
        assertThat(steps.body()).contains("id=\"liaison-office-opened\"").contains("broader");
        Model ttl = parse(get("/vocab/step-type", "text/turtle").body(), Lang.TURTLE);
        assertThat(ttl.listSubjects().toList()).hasSizeGreaterThan(40);
        assertThat(parse(get("/ontology", "application/ld+json").body(), Lang.JSONLD).size()).isGreaterThan(200);
        assertThat(get("/vocab/no-such-scheme", BROWSER).statusCode()).isEqualTo(404);
    }

    @Test
    void voidAndServiceDescriptionDescribeTheDataset() throws Exception {
        Model voidModel = parse(get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        assertThat(voidModel.listObjectsOfProperty(voidModel.createProperty("http://rdfs.org/ns/void#sparqlEndpoint")).toList())
                .anySatisfy(o -> assertThat(o.asResource().getURI()).isEqualTo(server.baseUrl() + "/dipnorm/sparql"));
        assertThat(voidModel.listObjectsOfProperty(voidModel.createProperty("http://rdfs.org/ns/void#classPartition")).toList()).hasSizeGreaterThan(10);
        Model sd = parse(get("/dipnorm/sparql", "text/turtle").body(), Lang.TURTLE);
        assertThat(sd.contains(null, sd.createProperty("http://www.w3.org/ns/sparql-service-description#feature"),
                sd.createResource("http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph"))).isTrue();
    }

    @Test
    void aPageIsRenderedOncePerDataVersionUnlessTheClientAsksForAFreshOne() throws Exception {
        String path = "/page/event/1973-05-01-us-liaison-office-beijing-opened";
        HttpResponse<String> first = get(path, BROWSER);
        HttpResponse<String> kept = get(path, BROWSER);
        assertThat(kept.headers().firstValue("Cache-Status")).hasValue("DipNorm; hit");
        assertThat(kept.body()).isEqualTo(first.body());
        assertThat(kept.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));

        // a hard reload (Cache-Control: no-cache) renders the page again and keeps the new copy
        HttpResponse<String> reload = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", BROWSER)
                .header("Cache-Control", "no-cache").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reload.headers().firstValue("Cache-Status")).hasValue("DipNorm; fwd=request; stored");
        assertThat(reload.body()).isEqualTo(first.body());

        // paging is part of what is kept: another offset is another page
        assertThat(get(path + "?in=1", BROWSER).headers().firstValue("Cache-Status")).hasValueSatisfying(v -> assertThat(v).startsWith(
                "DipNorm; fwd=uri-miss"));

        // pages of unknown resources are not kept, so made-up IRIs cannot push real pages out
        get("/page/mission/el-dorado", BROWSER);
        HttpResponse<String> missing = get("/page/mission/el-dorado", BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Status")).hasValue("DipNorm; fwd=uri-miss");
    }

    @Test
    void revalidationWithTheEtagGets304() throws Exception {
        HttpResponse<String> first = get("/page/state/china", BROWSER);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/page/state/china"))
                .header("Accept", BROWSER).header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/data/state/china.ttl", null).headers().firstValue("ETag")).isNotEqualTo(Optional.of(etag));
        assertThat(get("/static/yasgui/4.5.0/yasgui.min.css", null).headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    }

    @Test
    void corsIsOnTheSparqlEndpointOnly() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dipnorm/sparql"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/page/state/china"))
                .header("Origin", "https://example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))).lang(lang).parse(m);
        return m;
    }

    @Test
    void literalsAreEscapedInHtml() throws Exception {
        HttpResponse<String> r = get("/page/test/hostile", BROWSER);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
