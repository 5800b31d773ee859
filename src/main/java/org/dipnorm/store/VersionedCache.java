package org.dipnorm.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Values computed from the data and kept while the data stays the same: every entry belongs to the
 * data version (and, for the embedded store, the write generation) it was computed under, so a
 * write makes every older entry unreachable at once, and a value computed while a write committed is
 * not kept. Bounded by weight (e.g. bytes), least recently used first out (Caffeine).
 *
 * @param <K> what a value is looked up by (e.g. a page's IRI, offset and base URL)
 */
public final class VersionedCache<K, V> {
    private final DataState state;
    private final Cache<Key<K>, V> cache;
    private final boolean keeps;
    private volatile Tag current;

    /** Which data an entry was computed from. */
    private record Tag(long generation, DataVersion version) {}

    private record Key<K>(Tag tag, K key) {}

    /**
     * @param maxWeight the most the kept values may weigh together; 0 keeps nothing
     * @param weigher a value's weight, in the unit of {@code maxWeight}
     */
    public VersionedCache(DataState state, long maxWeight, ToIntFunction<V> weigher) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("maxWeight < 0");
        }
        this.state = state;
        this.keeps = maxWeight > 0;
        this.cache = Caffeine.newBuilder().maximumWeight(maxWeight).<Key<K>, V>weigher((k, v) -> weigher.applyAsInt(v))
                .recordStats().build();
    }

    /**
     * The value for {@code key} under the current data: the kept one, or a new one from {@code compute}
     * (kept if {@code keep} accepts it, unless the data changed while it was computed). With {@code fresh},
     * the kept value is not used but the new one replaces it (a client that asked for a fresh copy).
     */
    public Lookup<V> get(K key, boolean fresh, Supplier<V> compute, Predicate<V> keep) {
        Tag before = tag();
        Key<K> k = new Key<>(before, key);
        if (!fresh) {
            V kept = cache.getIfPresent(k);
            if (kept != null) {
                return new Lookup<>(kept, true, false);
            }
        }
        V value = compute.get();
        boolean store = keeps && value != null && keep.test(value) && before.equals(tag());
        if (store) {
            cache.put(k, value);
        }
        return new Lookup<>(value, false, store);
    }

    /**
     * A value and where it came from: {@code hit} when it was kept, {@code stored} when it was computed
     * now and kept for the next request (what an HTTP {@code Cache-Status} header reports, RFC 9211).
     */
    public record Lookup<V>(V value, boolean hit, boolean stored) {}

    /** Requests answered from the cache, and all requests, since the start. */
    public long hits() {
        return cache.stats().hitCount();
    }

    public long requests() {
        return cache.stats().requestCount();
    }

    /** Values kept now (for the current data version or, until evicted, an older one). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Tag tag() {
        long generation = state.generation();
        DataVersion version = state.version();
        Tag t = current;
        if (t == null || t.generation() != generation || !t.version().equals(version)) {
            if (t != null) {
                // nothing of an older version will be asked for again
                cache.invalidateAll();
            }
            t = new Tag(generation, version);
            current = t;
        }
        return t;
    }
}
