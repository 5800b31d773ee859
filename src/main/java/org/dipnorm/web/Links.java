package org.dipnorm.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Maps canonical {@code https://w3id.org/dipnorm/...} IRIs to this server's base URL, so every
 * link works on localhost and behind a proxy; other IRIs are browsed with {@code /page?iri=}.
 */
public record Links(String base) {
    public static final String CANONICAL_ID = "https://w3id.org/dipnorm/id/";

    /** The page of an IRI on this server. */
    public String page(String iri) {
        if (iri == null) {
            return "";
        }
        if (iri.startsWith(CANONICAL_ID)) {
            return base + "/page/" + iri.substring(CANONICAL_ID.length());
        }
        if (iri.startsWith("https://w3id.org/dipnorm/ontology#")) {
            return base + "/ontology#" + iri.substring(iri.indexOf('#') + 1);
        }
        if (iri.startsWith("https://w3id.org/dipnorm/vocab/")) {
            String rest = iri.substring("https://w3id.org/dipnorm/vocab/".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? base + "/vocab/" + rest : base + "/vocab/" + rest.substring(0, slash) + "#" + rest.substring(slash + 1);
        }
        return base + "/page?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** The canonical IRI of a path under /id, /page or /data. */
    public static String canonical(String path) {
        return CANONICAL_ID + path;
    }
}
