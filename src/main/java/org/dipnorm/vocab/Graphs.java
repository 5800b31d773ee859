package org.dipnorm.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The named graphs of the store (contract: ontology, curated, hsg) and the load record graph. */
public final class Graphs {
    public static final String BASE = "https://w3id.org/dipnorm/graph/";
    public static final Node ONTOLOGY = NodeFactory.createURI(BASE + "ontology");
    public static final Node CURATED = NodeFactory.createURI(BASE + "curated");
    public static final Node HSG = NodeFactory.createURI(BASE + "hsg");
    /** Holds what was loaded from which files, with a content hash, so unchanged files are not reloaded. */
    public static final Node META = NodeFactory.createURI(BASE + "meta");

    private Graphs() {}
}
