package org.dipnorm.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds a whole graph to one named graph of a TDB2 store inside the caller's write transaction,
 * faster than one {@code add} per quad: each distinct node is looked up in the node table once,
 * and each quad index gets the quads sorted in its own order, one index after the other, so that
 * consecutive inserts touch the same B+tree pages. It is the same work as
 * {@code DatasetGraph.add} (node table, then every quad index) in the same transaction, so an
 * abort or a kill undoes it like any other write. Any other dataset gets one {@code add} per quad.
 */
final class BulkGraphWriter {
    private BulkGraphWriter() {}

    /** Adds every triple of {@code content} to {@code graph}; the caller holds the write transaction. */
    static void addAll(DatasetGraph dsg, Node graph, Graph content) {
        if (!TDBInternal.isBackedByTDB(dsg)) {
            content.find().forEachRemaining(t -> dsg.add(new Quad(graph, t)));
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        Map<Node, NodeId> ids = new HashMap<>();
        NodeId g = nodes.getAllocateNodeId(graph);
        List<Tuple<NodeId>> tuples = new ArrayList<>(content.size());
        content.find().forEachRemaining(t -> tuples.add(TupleFactory.create4(g,
                ids.computeIfAbsent(t.getSubject(), nodes::getAllocateNodeId),
                ids.computeIfAbsent(t.getPredicate(), nodes::getAllocateNodeId),
                ids.computeIfAbsent(t.getObject(), nodes::getAllocateNodeId))));
        TupleTable table = quads.getTupleTable();
        for (TupleIndex index : table.getIndexes()) {
            if (index != null) {
                tuples.sort(inOrderOf(index.getMapping()));
                index.addAll(tuples);
            }
        }
        // Marks the table as written, as TupleTable.addAll does, so that a sync reaches every index.
        table.addAll(List.of());
    }

    /** Tuples in the column order of an index (G S P O for GSPO, P O S G for POSG…). */
    private static Comparator<Tuple<NodeId>> inOrderOf(TupleMap map) {
        return (a, b) -> {
            for (int i = 0; i < map.length(); i++) {
                int c = NodeId.compare(map.mapSlot(i, a), map.mapSlot(i, b));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
