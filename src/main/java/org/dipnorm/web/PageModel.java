package org.dipnorm.web;

import java.util.List;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.graph.NodeFactory;
import org.dipnorm.service.ResourceView;
import org.dipnorm.service.ResourceView.Value;
import org.dipnorm.vocab.Prefixes;

/** What {@code page.jte} reads: the resource view plus link and label helpers. */
public record PageModel(ResourceView view, Links links, String requestUri, String timeline) {
    private static final String PROCESS = "https://w3id.org/dipnorm/ontology#NormalizationProcess";
    private static final List<String> BENCHMARKS = List.of("us-china-1971", "us-vietnam-1975");

    public String title() {
        return view.label() != null ? view.label() : curie(view.iri());
    }

    /** A term as a prefixed name when a DipNorm prefix fits, else the full IRI. */
    public String curie(String iri) {
        if (iri == null) {
            return "";
        }
        String s = FmtUtils.stringForNode(NodeFactory.createURI(iri), Prefixes.DIPNORM);
        return s.startsWith("<") ? iri : s;
    }

    public String label(String iri, String label) {
        return label != null ? label : curie(iri);
    }

    public String link(String iri) {
        return links.page(iri);
    }

    public String data(String suffix) {
        String iri = view.iri();
        if (iri.startsWith(Links.CANONICAL_ID)) {
            return links.base() + "/data/" + iri.substring(Links.CANONICAL_ID.length()) + "." + suffix;
        }
        return null;
    }

    /** The text shown for a literal: dates at their precision, other values as written. */
    public String literal(Value v) {
        return v.date() != null ? v.date() : v.lexical();
    }

    public String literalNote(Value v) {
        if (v.language() != null && !v.language().isEmpty()) {
            return "@" + v.language();
        }
        if (v.datatype() != null && !v.datatype().endsWith("#string") && !v.datatype().endsWith("#langString")) {
            return curie(v.datatype());
        }
        return "";
    }

    public boolean isProcess() {
        return isA(PROCESS);
    }

    /** True when the resource is typed with {@code type} (asserted). */
    public boolean isA(String type) {
        return view != null && view.types().stream().anyMatch(t -> type.equals(t.iri()));
    }

    /** True for any kind of diplomatic mission. */
    public boolean isMission() {
        return view != null && view.types().stream().anyMatch(t -> t.iri() != null && MISSIONS.contains(t.iri()));
    }

    private static final java.util.Set<String> MISSIONS = java.util.Set.of("Embassy", "Legation", "LiaisonOffice", "InterestsSection",
            "ConsularPost", "TradeOffice", "RepresentativeOffice", "PermanentMission", "DiplomaticMission", "InterimRepresentation")
            .stream().map(l -> "https://w3id.org/dipnorm/ontology#" + l).collect(java.util.stream.Collectors.toSet());

    /** For a process: its comparison report with the U.S.–China and U.S.–Vietnam precedents. */
    public String reportLink() {
        String id = view.iri().substring(view.iri().lastIndexOf('/') + 1);
        StringBuilder s = new StringBuilder(links.base()).append("/reports/compare?process=").append(id);
        for (String other : BENCHMARKS) {
            if (!other.equals(id)) {
                s.append("&process=").append(other);
            }
        }
        return s.toString();
    }

    public boolean hasPrevious() {
        return view.incomingOffset() > 0;
    }

    public boolean hasNext() {
        return view.incomingOffset() + view.incoming().size() < view.incomingTotal();
    }

    public String pageAt(int offset) {
        String path = requestUri;
        String iriParam = view.iri().startsWith(Links.CANONICAL_ID) ? "" : "iri=" + java.net.URLEncoder.encode(view.iri(),
                java.nio.charset.StandardCharsets.UTF_8) + "&";
        return path + "?" + iriParam + "in=" + Math.max(0, offset) + "#incoming";
    }

    public int from() {
        return view.incoming().isEmpty() ? 0 : view.incomingOffset() + 1;
    }

    public int to() {
        return view.incomingOffset() + view.incoming().size();
    }
}
