package org.dipnorm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dipnorm.Futures;

/**
 * Adds a whole graph to one named graph of a TDB2 store inside the caller's write transaction,
 * faster than one {@code add} per quad: each distinct node is looked up in the node table once,
 * and two threads fill the six quad indexes, an index each at a time, with the quads in the
 * graph's order. (Each index's own key order was measured: B+tree pages filled in order split in
 * half, the store grew from 78 to 87 MB on the real records, and the import took more CPU, not
 * less. An earlier version meant to sort, but compared ids with {@code NodeId.compare}, which finds
 * any two 64-bit ids equal.) It is the same work as {@code DatasetGraph.add} (node table, then
 * every quad index) in the same transaction, so an abort or a kill undoes it like any other
 * write. Any other dataset gets one {@code add} per quad.
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
        List<TupleIndex> indexes = Arrays.stream(table.getIndexes()).filter(Objects::nonNull).toList();
        if (indexes.stream().allMatch(i -> bplusTree(i) != null)) {
            addToIndexesOnTwoThreads(indexes, tuples);
        } else {
            for (TupleIndex index : indexes) {
                index.addAll(tuples);
            }
        }
        // Marks the table as written, as TupleTable.addAll does, so that a sync reaches every index.
        table.addAll(List.of());
    }

    /**
     * Fills the quad indexes from this thread and one helper, each taking the next index not yet
     * started. Every index is its own B+tree, a component of the caller's transaction whose state for
     * the transaction TDB2 keeps per thread: the helper is handed the state of each index it fills
     * and hands it back, so that the commit (or abort) on this thread covers all of them, as if this
     * thread had written every index. The indexes share no structure, so the two threads never touch
     * the same pages.
     */
    private static void addToIndexesOnTwoThreads(List<TupleIndex> indexes, List<Tuple<NodeId>> tuples) {
        List<ComponentState<?>> states = new ArrayList<>();
        for (TupleIndex index : indexes) {
            states.add(bplusTree(index).getComponentState());
        }
        AtomicInteger next = new AtomicInteger();
        Map<Integer, ComponentState<?>> filledByHelper = new ConcurrentHashMap<>();
        CompletableFuture<Void> helper = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                for (int i; (i = next.getAndIncrement()) < indexes.size(); ) {
                    BPlusTree tree = bplusTree(indexes.get(i));
                    ComponentState<?> none = tree.getComponentState();
                    setState(tree, states.get(i));
                    try {
                        indexes.get(i).addAll(tuples);
                        filledByHelper.put(i, tree.getComponentState());
                    } finally {
                        setState(tree, none);
                    }
                }
                helper.complete(null);
            } catch (Throwable e) {
                next.set(indexes.size());
                helper.completeExceptionally(e);
            }
        }, "dipnorm-index-writer");
        thread.setDaemon(true);
        thread.start();
        try {
            for (int i; (i = next.getAndIncrement()) < indexes.size(); ) {
                indexes.get(i).addAll(tuples);
            }
        } catch (RuntimeException | Error e) {
            next.set(indexes.size()); // the helper starts no further index
            throw e;
        } finally {
            // The helper ends the index it is filling; this thread takes back the state of each index it filled.
            helper.exceptionally(e -> null).join();
            filledByHelper.forEach((i, state) -> setState(bplusTree(indexes.get(i)), state));
        }
        Futures.join(helper);
    }

    /** Gives this thread a component's transaction state taken (with getComponentState) on another thread or earlier. */
    @SuppressWarnings("unchecked")
    private static <X> void setState(TransactionalComponentLifecycle<X> component, ComponentState<?> state) {
        component.setComponentState((ComponentState<X>) state);
    }

    /** The B+tree behind a quad index, or null when it is not one. */
    private static BPlusTree bplusTree(TupleIndex index) {
        return index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree ? tree : null;
    }
}
