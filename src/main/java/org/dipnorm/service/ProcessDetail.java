package org.dipnorm.service;

import java.util.List;
import org.dipnorm.service.ReportModel.Step;

/** Everything about one process: its steps in order (as in the comparison report), their events with evidence, and the sources. */
public record ProcessDetail(String id, String iri, String label, String description, List<Ref> parties, Ref outcome,
        List<Step> steps, List<TimelineEvent> events, List<Source> sources) {
    public ProcessDetail {
        parties = List.copyOf(parties);
        steps = List.copyOf(steps);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
    }
}
