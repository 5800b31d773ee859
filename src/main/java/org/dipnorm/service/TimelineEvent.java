package org.dipnorm.service;

import java.util.List;
import org.dipnorm.service.ReportModel.When;

/** An event with its type, preferred date (at its precision, with bounds) and the attestations that support it. */
public record TimelineEvent(String iri, String label, Ref type, When when, List<Attestation> attestations) {
    public TimelineEvent {
        attestations = List.copyOf(attestations);
    }

    /** A quote from a source that attests an event. */
    public record Attestation(String iri, String quote, String locator, String source) {}
}
