package org.dipnorm.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dipnorm.vocab.Graphs;

/** The version of the data a response is made from: the content hash and time of the last load (from the load record). */
public record DataVersion(String hash, Instant loadedAt) {
    private static final Node RECORD = NodeFactory.createURI("https://w3id.org/dipnorm/id/load/files");
    private static final Node HASH = NodeFactory.createURI("https://w3id.org/dipnorm/ontology#contentHash");
    private static final Node MODIFIED = NodeFactory.createURI("http://purl.org/dc/terms/modified");

    /** Reads the load record; a store never loaded has version "none" at the epoch. */
    public static DataVersion of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            var h = dataset.find(Graphs.META, RECORD, HASH, Node.ANY);
            var m = dataset.find(Graphs.META, RECORD, MODIFIED, Node.ANY);
            String hash = h.hasNext() ? h.next().getObject().getLiteralLexicalForm() : "none";
            Instant at = m.hasNext() ? Instant.parse(m.next().getObject().getLiteralLexicalForm()) : Instant.EPOCH;
            return new DataVersion(hash, at.truncatedTo(ChronoUnit.SECONDS));
        });
    }
}
