package org.dipnorm.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

/**
 * A SPARQL 1.1 service description: a GET on the query endpoint without a query returns it (Turtle,
 * or another RDF format by Accept) instead of an error.
 */
public final class ServiceDescriptionFilter implements Filter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final List<Variant> RDF_VARIANTS = List.of(Variant.TURTLE, Variant.JSONLD, Variant.RDFXML, Variant.NTRIPLES);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"GET".equals(request.getMethod()) || request.getParameter("query") != null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        Variant v = ContentNegotiation.choose(request.getHeader("Accept"), RDF_VARIANTS).orElse(Variant.TURTLE);
        String endpoint = request.getRequestURL().toString();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        Resource service = m.createResource(endpoint + "#service").addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(p(m, "endpoint"), m.createResource(endpoint))
                .addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : new String[] {"http://www.w3.org/ns/formats/SPARQL_Results_JSON",
            "http://www.w3.org/ns/formats/SPARQL_Results_XML", "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
            "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD"}) {
            service.addProperty(p(m, "resultFormat"), m.createResource(format));
        }
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(p(m, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        for (String g : new String[] {"ontology", "curated", "hsg"}) {
            dataset.addProperty(p(m, "namedGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(p(m, "name"), m.createResource("https://w3id.org/dipnorm/graph/" + g)));
        }
        service.addProperty(p(m, "defaultDataset"), dataset);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(v.mediaType());
        RDFDataMgr.write(response.getOutputStream(), m, v.format());
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD + local);
    }
}
