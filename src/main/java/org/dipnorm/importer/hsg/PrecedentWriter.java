package org.dipnorm.importer.hsg;

import static org.dipnorm.importer.hsg.HsgGraph.en;
import static org.dipnorm.importer.hsg.HsgGraph.iri;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.PROV;
import org.dipnorm.vocab.SS;

/**
 * Writes the processes the import found: {@code proc:hsg-us-{slug}-{year}} with its two parties,
 * its steps in date order ({@code step:…-01}, realized by the events), its outcome, and the mark
 * that the import derived it ({@code prov:wasGeneratedBy act:hsg-import}); and the bilateral
 * relationship {@code rel:us-{slug}} that holds it.
 */
final class PrecedentWriter {
    private final HsgGraph g;
    private final Map<String, String> stateNames;
    private final Map<Resource, String> typeLabels;

    PrecedentWriter(HsgGraph g, Map<String, String> stateNames, Map<Resource, String> typeLabels) {
        this.g = g;
        this.stateNames = stateNames;
        this.typeLabels = typeLabels;
    }

    /** Writes the process and returns the line the summary prints for it. */
    String write(PrecedentFinder.Precedent p) {
        Node proc = iri("process", p.key());
        String country = stateNames.getOrDefault(p.slug(), p.slug());
        g.type(proc, DIPN.NormalizationProcess);
        g.label(proc, "United States–" + country + ", " + PrecedentFinder.years(p) + " (found in the Office of the Historian's record)");
        g.add(proc, DCTerms.description, en(describe(p, country)));
        g.add(proc, DIPN.PARTY, HsgGraph.UNITED_STATES);
        g.add(proc, DIPN.PARTY, HsgGraph.state(p.slug()));
        g.add(proc, DIPN.OUTCOME, p.outcome());
        g.add(proc, PROV.wasGeneratedBy, HsgGraph.ACTIVITY);
        List<HsgEvent> steps = p.steps();
        for (int i = 0; i < steps.size(); i++) {
            Node step = iri("step", p.key() + String.format("-%02d", i + 1));
            g.add(proc, DIPN.HAS_STEP, step);
            g.type(step, DIPN.Step);
            g.add(step, DIPN.ORDINAL, HsgGraph.integer(i + 1));
            g.add(step, DIPN.STEP_TYPE, steps.get(i).stepType());
            g.add(step, DIPN.STEP_STATUS, SS.OCCURRED);
            g.add(step, DIPN.REALIZED_BY, iri("event", steps.get(i).key()));
        }
        Node rel = iri("relationship", "us-" + p.slug());
        g.type(rel, DIPN.BilateralRelationship);
        g.label(rel, "United States–" + country + " relationship");
        g.add(rel, DIPN.PARTY, HsgGraph.UNITED_STATES);
        g.add(rel, DIPN.PARTY, HsgGraph.state(p.slug()));
        g.add(rel, DIPN.HAS_PROCESS, proc);
        return String.format("%-32s %-10s %s", "proc:" + p.key(), PrecedentFinder.years(p), path(p));
    }

    /** "relations severed 1961-01-03 → interests section opened 1977-09-01 → diplomatic relations resumed 2015-07-20". */
    private String path(PrecedentFinder.Precedent p) {
        return p.steps().stream().map(e -> typeLabels.getOrDefault(e.stepType(), e.rule().name()) + " " + e.time().describe())
                .collect(Collectors.joining(" → "));
    }

    private String describe(PrecedentFinder.Precedent p, String country) {
        HsgEvent restoration = p.restoration();
        return "Found by the import of the Office of the Historian's guide to U.S. relations with " + country + ": "
                + path(p) + ". " + (restoration == null
                        ? "The record shows interim representation but no restoration of full relations."
                        : "Derived from the dated entries, not curated; see each step's event for its source.");
    }
}
