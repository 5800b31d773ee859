package org.dipnorm.service;

import java.util.List;

/**
 * A normalization process in a list: its parties, outcome, number of steps, and the bounds
 * ({@code xsd:date}) of its dated steps: {@code earliest} of the first, {@code latest} of the last.
 */
public record ProcessSummary(String id, String iri, String label, List<Ref> parties, Ref outcome, int steps,
        String earliest, String latest) {
    public ProcessSummary {
        parties = List.copyOf(parties);
    }
}
