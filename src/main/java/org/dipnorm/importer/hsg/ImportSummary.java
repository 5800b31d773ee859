package org.dipnorm.importer.hsg;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an import read and wrote, for the person at the terminal: files, entries, events by type,
 * date precision, headings no rule classified, precedents found, and every warning (also logged).
 */
public final class ImportSummary {
    private static final Logger LOG = LoggerFactory.getLogger(ImportSummary.class);

    private int articles;
    private int pocomFiles;
    private int entries;
    private int classified;
    private int secondEventsDropped;
    private int undated;
    private int nomineesExcluded;
    private int people;
    private int appointments;
    private int missions;
    private int corroborations;
    private int disagreements;
    private long triples;
    private boolean changed = true;
    private long millis;
    /** Triples of the ontology and curated files written with the import (a fresh store, or changed files); 0 if none. */
    private long sourceTriples;
    private final List<String> failedFiles = new ArrayList<>();
    private final List<String> unclassified = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> undatedEntries = new ArrayList<>();
    private final List<String> nothing = new ArrayList<>();
    private final List<String> precedents = new ArrayList<>();
    private final Map<String, Integer> eventsByType = new TreeMap<>();
    private final Map<String, Integer> precision = new ConcurrentHashMap<>();

    void articleRead() {
        articles++;
    }

    void pocomFileRead() {
        pocomFiles++;
    }

    void fileFailed(String message) {
        failedFiles.add(message);
        LOG.warn("Skipped {}", message);
    }

    void entryRead() {
        entries++;
    }

    void classified() {
        classified++;
    }

    void unclassified(RdcrEntry entry, String heading) {
        unclassified.add(entry.key() + ": " + heading);
    }

    void secondEventNotInText(RdcrEntry entry, HeadingRule rule) {
        secondEventsDropped++;
        LOG.debug("{}: heading names '{}' but the text does not speak of it", entry.key(), rule.name());
    }

    void undated(RdcrEntry entry) {
        undated++;
        undatedEntries.add(entry.key());
    }

    void nothingHappened(RdcrEntry entry) {
        nothing.add(entry.key());
    }

    void event(Resource type, String typeLabel, EventTime time) {
        eventsByType.merge(typeLabel, 1, Integer::sum);
        precision.merge(time.precisionName(), 1, Integer::sum);
    }

    void warn(String message) {
        warnings.add(message);
        LOG.warn(message);
    }

    void nomineeExcluded() {
        nomineesExcluded++;
    }

    void counts(int people, int appointments, int missions) {
        this.people = people;
        this.appointments = appointments;
        this.missions = missions;
    }

    void precedent(String line) {
        precedents.add(line);
    }

    void corroborated() {
        corroborations++;
    }

    void disagreement() {
        disagreements++;
    }

    /** Records what was written to the store: the graph's size, whether it changed, and the wall time. */
    public void written(long triples, boolean changed, long millis) {
        this.triples = triples;
        this.changed = changed;
        this.millis = millis;
    }

    /**
     * Records that the ontology and curated files ({@code triples} in all), which the store did not hold, were
     * written in the same transaction.
     */
    public void sourceFilesWritten(long triples) {
        this.sourceTriples = triples;
    }

    public int articles() {
        return articles;
    }

    public int entries() {
        return entries;
    }

    public int classifiedEntries() {
        return classified;
    }

    public int events() {
        return eventsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<String, Integer> eventsByType() {
        return Map.copyOf(eventsByType);
    }

    public Map<String, Integer> precision() {
        return Map.copyOf(precision);
    }

    public List<String> unclassifiedHeadings() {
        return List.copyOf(unclassified);
    }

    public List<String> failedFiles() {
        return List.copyOf(failedFiles);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<String> precedents() {
        return List.copyOf(precedents);
    }

    public int appointments() {
        return appointments;
    }

    public int people() {
        return people;
    }

    public int nomineesExcluded() {
        return nomineesExcluded;
    }

    public int corroborations() {
        return corroborations;
    }

    public int disagreements() {
        return disagreements;
    }

    public long triples() {
        return triples;
    }

    public boolean changed() {
        return changed;
    }

    /** Prints the summary as a person reads it after {@code import hsg}. */
    public void print(PrintWriter out) {
        out.printf("Read %d rdcr articles and %d pocom files; %d file(s) skipped%n", articles, pocomFiles, failedFiles.size());
        failedFiles.forEach(f -> out.println("  skipped " + f));
        out.printf("Entries: %,d, classified %,d (%.1f%%); %d second event(s) named in a heading but not in its text; %d undated%n",
                entries, classified, entries == 0 ? 0.0 : 100.0 * classified / entries, secondEventsDropped, undated);
        if (!nothing.isEmpty()) {
            out.printf("Entries recording that no relations or presence existed (no event): %s%n", String.join(", ", nothing));
        }
        if (!undatedEntries.isEmpty()) {
            out.printf("Entries with no year anywhere (no event): %s%n", String.join(", ", undatedEntries));
        }
        out.printf("Events: %,d%n", events());
        eventsByType.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
        out.print("Dates:");
        for (String p : List.of("day", "month", "year", "interval", "unknown")) {
            out.printf(" %s %d", p, precision.getOrDefault(p, 0));
        }
        out.println();
        out.printf("Missions: %,d; people: %,d; chiefs of mission: %,d (%d nominees who never served left out)%n",
                missions, people, appointments, nomineesExcluded);
        out.printf("Precedents found: %d%n", precedents.size());
        precedents.forEach(p -> out.println("  " + p));
        out.printf("Corroborated by curated data: %d event(s); disagreements recorded: %d (see stats --disagreements)%n",
                corroborations, disagreements);
        out.printf("Unclassified headings: %d%n", unclassified.size());
        unclassified.forEach(u -> out.println("  " + u));
        out.printf("Warnings: %d%n", warnings.size());
        warnings.forEach(w -> out.println("  " + w));
        out.printf("%s %,d triples in graph https://w3id.org/dipnorm/graph/hsg in %.1f s%s%n",
                changed ? "Wrote" : "Unchanged:", triples, millis / 1000.0, sourceTriples > 0
                        ? String.format(" (and, in the same transaction, the %,d triples of the ontology and curated files, "
                                + "which the store did not hold yet)", sourceTriples)
                        : "");
        out.flush();
    }
}
