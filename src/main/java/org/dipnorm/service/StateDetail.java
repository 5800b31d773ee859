package org.dipnorm.service;

import java.util.List;
import org.dipnorm.service.ReportModel.When;

/**
 * A state: the missions it sends or receives, the events it took part in and the processes it is a
 * party to. {@code truncated} is true when a list was cut at the server's maximum number of rows.
 */
public record StateDetail(String slug, String iri, String label, String note, List<String> exactMatch,
        List<Mission> missions, List<TimelineEvent> events, List<ProcessSummary> processes, boolean truncated) {
    public StateDetail {
        exactMatch = List.copyOf(exactMatch);
        missions = List.copyOf(missions);
        events = List.copyOf(events);
        processes = List.copyOf(processes);
    }

    /** A diplomatic mission: kind, the two states, a protecting power for an interests section, when it opened, what it became. */
    public record Mission(String iri, String label, Ref kind, String sendingState, String receivingState,
            String protectingPower, When opened, String became) {}
}
