package org.dipnorm.service;

import java.util.List;

/** One page of a longer list: {@code total} items in all, {@code items} from {@code offset}, at most {@code limit}. */
public record Page<T>(long total, long offset, long limit, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
