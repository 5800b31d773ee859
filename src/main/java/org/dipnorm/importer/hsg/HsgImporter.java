package org.dipnorm.importer.hsg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.dipnorm.InputException;
import org.dipnorm.UsageException;
import org.dipnorm.vocab.PROV;
import org.dipnorm.vocab.ST;

/**
 * Builds the {@code …/graph/hsg} graph from the Office of the Historian's rdcr articles and pocom
 * records, in memory; writing it to the store is the caller's single transaction. A file that
 * cannot be read is reported with its path and line, and the others are still imported.
 *
 * <pre>HsgImporter.Result r = new HsgImporter(Path.of("../shared/data/hsg/rdcr"), Path.of("../shared/data/hsg/pocom"))
 *         .run(ontology, curated, HsgImporter.Progress.NONE);</pre>
 */
public final class HsgImporter {
    /** Told how far the import is: a task with a number of steps, then each step. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void start(String task, int total) {}

            @Override
            public void step(String message) {}
        };

        void start(String task, int total);

        void step(String message);
    }

    /** The graph built and what the import did. */
    public record Result(Graph graph, ImportSummary summary) {}

    private final Path articles;
    private final Path pocom;

    /**
     * @param rdcr the rdcr repository (with {@code articles/}) or its articles folder
     * @param pocom the pocom repository, with {@code people/}, {@code missions-countries/} and {@code roles-country-chiefs/}
     */
    public HsgImporter(Path rdcr, Path pocom) {
        this.articles = Files.isDirectory(rdcr.resolve("articles")) ? rdcr.resolve("articles") : rdcr;
        this.pocom = pocom;
        if (!Files.isDirectory(articles)) {
            throw new UsageException("--rdcr: not a folder: " + rdcr);
        }
        for (String dir : List.of("people", "missions-countries", "roles-country-chiefs")) {
            if (!Files.isDirectory(pocom.resolve(dir))) {
                throw new UsageException("--pocom: no " + dir + "/ folder in " + pocom);
            }
        }
    }

    /**
     * The records read and mapped, before anything that needs the ontology or the curated data:
     * what {@link #read} gives and {@link #build} turns into the graph.
     */
    public static final class Records {
        private final ImportSummary summary;
        private final List<RdcrArticle> articles;
        private final Map<String, String> names;
        private final Map<String, List<HsgEvent>> bySlug;
        private final MissionMapper missions;
        private final List<ChiefMapper.Appointment> appointments;
        private final Map<String, String> roleTitles;

        private Records(ImportSummary summary, List<RdcrArticle> articles, Map<String, String> names,
                Map<String, List<HsgEvent>> bySlug, MissionMapper missions, List<ChiefMapper.Appointment> appointments,
                Map<String, String> roleTitles) {
            this.summary = summary;
            this.articles = articles;
            this.names = names;
            this.bySlug = bySlug;
            this.missions = missions;
            this.appointments = appointments;
            this.roleTitles = roleTitles;
        }
    }

    /**
     * @param ontology the ontology graph (for step-type labels; may be empty)
     * @param curated the curated graph, to corroborate (may be empty)
     */
    public Result run(Graph ontology, Graph curated, Progress progress) {
        return build(read(progress), ontology, curated);
    }

    /**
     * Reads the rdcr and pocom files and maps their entries and appointments: the part of the import
     * that needs neither the ontology nor the curated data, so that it can run while a fresh store
     * loads them.
     */
    public Records read(Progress progress) {
        ImportSummary summary = new ImportSummary();
        List<RdcrArticle> read = readArticles(progress, summary);
        Map<String, String> names = new TreeMap<>();
        names.put(MissionMapper.US, "United States");
        read.forEach(a -> names.put(a.slug(), a.shortTitle()));
        Set<String> countries = new TreeSet<>();
        read.forEach(a -> countries.add(a.shortTitle().toLowerCase(Locale.ROOT)));

        EventMapper mapper = new EventMapper(countries, summary);
        Map<String, List<HsgEvent>> bySlug = new LinkedHashMap<>();
        for (RdcrArticle a : read) {
            List<HsgEvent> events = new ArrayList<>(mapper.map(a));
            events.sort(HsgEvent.IN_DATE_ORDER);
            bySlug.put(a.slug(), events);
        }
        MissionMapper missions = new MissionMapper();
        bySlug.values().forEach(missions::follow);

        List<ChiefMapper.Appointment> appointments = readPocom(progress, summary, missions);
        Map<String, String> roleTitles = new HashMap<>();
        for (Path f : PocomReader.xmlFiles(pocom.resolve("roles-country-chiefs"))) {
            PocomReader.Role role = PocomReader.role(f);
            roleTitles.put(role.id(), role.title());
        }
        appointments.forEach(a -> names.putIfAbsent(a.state(), title(a.state())));
        missions.missions().forEach(m -> {
            if (m.protectingPower() != null) {
                names.putIfAbsent(m.protectingPower(), title(m.protectingPower()));
            }
        });
        return new Records(summary, read, names, bySlug, missions, appointments, roleTitles);
    }

    /**
     * Builds the graph from what {@link #read} gave.
     *
     * @param ontology the ontology graph (for step-type labels; may be empty)
     * @param curated the curated graph, to corroborate (may be empty)
     */
    public Result build(Records records, Graph ontology, Graph curated) {
        ImportSummary summary = records.summary;
        List<RdcrArticle> read = records.articles;
        Map<String, String> names = records.names;
        Map<String, List<HsgEvent>> bySlug = records.bySlug;
        MissionMapper missions = records.missions;
        List<ChiefMapper.Appointment> appointments = records.appointments;
        Map<String, String> roleTitles = records.roleTitles;

        HsgGraph g = new HsgGraph();
        g.type(HsgGraph.ACTIVITY, PROV.Activity);
        g.label(HsgGraph.ACTIVITY, "Import of the Office of the Historian's rdcr and pocom records");
        g.add(HsgGraph.ACTIVITY, DCTerms.description, HsgGraph.en("Derives events, missions, chiefs of mission and "
                + "normalization processes from A Guide to the United States' History of Recognition, Diplomatic, and "
                + "Consular Relations (rdcr) and Principal Officers and Chiefs of Mission (pocom)."));
        names.forEach(g::state);
        Map<Resource, String> typeLabels = typeLabels(ontology);
        EventWriter events = new EventWriter(g, names, typeLabels, summary);
        read.forEach(events::article);
        List<HsgEvent> all = bySlug.values().stream().flatMap(List::stream).toList();
        events.events(all, missions);
        events.missions(missions.missions());

        CorroborationMapper corroboration = new CorroborationMapper(g, curated.isEmpty() ? CuratedFacts.none()
                : CuratedFacts.of(curated), summary);
        Set<String> withheld = corroboration.withheldMemberships(appointments);
        new ChiefWriter(g, roleTitles, names).write(appointments, withheld);
        corroboration.events(all);
        corroboration.chiefs(all, appointments);

        PrecedentWriter precedents = new PrecedentWriter(g, names, typeLabels);
        bySlug.forEach((slug, list) -> PrecedentFinder.find(slug, list).forEach(p -> summary.precedent(precedents.write(p))));
        summary.counts((int) appointments.stream().map(a -> a.person().id()).distinct().count(), appointments.size(),
                missions.missions().size());
        return new Result(g.graph(), summary);
    }

    /** Reads the files on every core, keeping their order; a file that fails is reported and left out. */
    private static <T> List<T> readAll(List<Path> files, Function<Path, T> reader, Progress progress,
            Function<T, Integer> size, String unit, ImportSummary summary) {
        AtomicInteger count = new AtomicInteger();
        Map<Path, String> failed = new ConcurrentHashMap<>();
        List<T> read = files.parallelStream().map(f -> {
            try {
                T t = reader.apply(f);
                progress.step(count.addAndGet(size.apply(t)) + " " + unit);
                return t;
            } catch (InputException e) {
                failed.put(f, e.getMessage());
                progress.step(count.get() + " " + unit);
                return null;
            }
        }).toList();
        files.stream().filter(failed::containsKey).forEach(f -> summary.fileFailed(failed.get(f)));
        return read.stream().filter(Objects::nonNull).toList();
    }

    private List<RdcrArticle> readArticles(Progress progress, ImportSummary summary) {
        List<Path> files = PocomReader.xmlFiles(articles);
        progress.start("rdcr articles", files.size());
        List<RdcrArticle> read = readAll(files, RdcrReader::read, progress, a -> a.entries().size(), "entries", summary);
        read.forEach(a -> summary.articleRead());
        return read;
    }

    private List<ChiefMapper.Appointment> readPocom(Progress progress, ImportSummary summary, MissionMapper missions) {
        List<Path> people = PocomReader.xmlFiles(pocom.resolve("people"));
        List<Path> missionFiles = PocomReader.xmlFiles(pocom.resolve("missions-countries"));
        progress.start("pocom people", people.size());
        Map<String, PocomPerson> persons = new HashMap<>();
        for (PocomPerson p : readAll(people, PocomReader::person, progress, p -> 1, "people", summary)) {
            persons.put(p.id(), p);
            summary.pocomFileRead();
        }
        progress.start("pocom missions", missionFiles.size());
        List<PocomChief> chiefs = new ArrayList<>();
        for (List<PocomChief> list : readAll(missionFiles, PocomReader::chiefs, progress, List::size, "chiefs", summary)) {
            chiefs.addAll(list);
            summary.pocomFileRead();
        }
        return new ChiefMapper(missions, summary).map(chiefs, persons);
    }

    /** The English preferred labels of the step types. */
    private static Map<Resource, String> typeLabels(Graph ontology) {
        Map<Resource, String> labels = new HashMap<>();
        var model = ModelFactory.createModelForGraph(ontology);
        model.listStatements(null, SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(ST.NAMESPACE)
                    && "en".equals(s.getLiteral().getLanguage())) {
                labels.put(s.getSubject(), s.getString());
            }
        });
        return labels;
    }

    /** "korea-south" → "Korea South", for states pocom names and rdcr has no article for. */
    private static String title(String slug) {
        StringBuilder sb = new StringBuilder();
        for (String w : slug.split("-")) {
            sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
