package org.dipnorm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread. */
public final class Futures {
    private Futures() {}

    /**
     * The value of {@code future}, or the exception it failed with thrown as it was (not wrapped in a
     * {@link CompletionException}), so that callers see, and exit codes follow, the original error.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
