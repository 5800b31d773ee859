package org.dipnorm.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dipnorm.store.DataVersion;
import org.dipnorm.vocab.Prefixes;

/**
 * {@code /.well-known/void}: a VoID description of the dataset — endpoint, URI space, vocabularies,
 * triples per named graph, entities per class, version — in the RDF format the client accepts.
 */
final class VoidServlet extends HttpServlet {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final List<Variant> RDF_VARIANTS = List.of(Variant.TURTLE, Variant.JSONLD, Variant.RDFXML, Variant.NTRIPLES);
    private final WebContext context;

    VoidServlet(WebContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Variant> variant = ContentNegotiation.choose(request.getHeader("Accept"), RDF_VARIANTS);
        if (variant.isEmpty()) {
            variant = Optional.of(Variant.TURTLE);
        }
        String base = context.base(request);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.DIPNORM);
        m.setNsPrefix("void", VOID);
        Resource ds = m.createResource("https://w3id.org/dipnorm/id/dataset");
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "DipNorm: diplomatic normalization precedents", "en")
                .addProperty(p(m, "sparqlEndpoint"), m.createResource(base + "/dipnorm/sparql"))
                .addProperty(p(m, "uriSpace"), "https://w3id.org/dipnorm/id/")
                .addProperty(p(m, "vocabulary"), m.createResource("https://w3id.org/dipnorm/ontology#"))
                .addProperty(p(m, "vocabulary"), m.createResource("http://www.w3.org/2006/time#"))
                .addProperty(p(m, "vocabulary"), m.createResource("http://www.w3.org/ns/org#"))
                .addProperty(p(m, "vocabulary"), m.createResource("http://www.w3.org/ns/prov#"))
                .addProperty(p(m, "exampleResource"), m.createResource("https://w3id.org/dipnorm/id/process/us-china-1971"))
                .addProperty(p(m, "rootResource"), m.createResource("https://w3id.org/dipnorm/ontology"));
        DataVersion version = context.dataVersion();
        ds.addProperty(DCTerms.modified, m.createTypedLiteral(version.loadedAt().toString(), XSDDatatype.XSDdateTime));
        ds.addProperty(m.createProperty("https://w3id.org/dipnorm/ontology#contentHash"), version.hash());
        GraphStatistics stats = context.statistics();
        stats.graphs().forEach((graph, triples) -> ds.addProperty(p(m, "subset"), m.createResource(graph)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addLiteral(p(m, "triples"), triples.longValue())));
        for (QuerySolution c : stats.classes()) {
            ds.addProperty(p(m, "classPartition"), m.createResource()
                    .addProperty(p(m, "class"), c.getResource("class"))
                    .addLiteral(p(m, "entities"), c.getLiteral("instances").getLong()));
        }
        long total = stats.totalTriples();
        ds.addLiteral(p(m, "triples"), total);
        response.setContentType(variant.get().mediaType());
        RDFDataMgr.write(response.getOutputStream(), m, variant.get().format());
    }

    private static Property p(Model m, String local) {
        return m.createProperty(VOID + local);
    }
}
