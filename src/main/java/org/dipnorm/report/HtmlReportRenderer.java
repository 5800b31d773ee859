package org.dipnorm.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Locale;
import org.dipnorm.service.ReportModel;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.Step;
import org.dipnorm.service.SequenceAnalysis;

/**
 * The report as one self-contained, printable HTML page (template {@code src/main/jte/report.jte},
 * escaped by default) with both timelines inline as SVG; every step links to its resource and sources.
 */
public final class HtmlReportRenderer implements ReportRenderer {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String CANONICAL = "https://w3id.org/dipnorm/";

    private final String linkBase;
    private final TimelineSvg.Alignment alignment;

    /**
     * @param linkBase the server's base URL that canonical IRIs map to, or null to keep canonical IRIs
     * @param alignment how the timeline's lanes are aligned
     */
    public HtmlReportRenderer(String linkBase, TimelineSvg.Alignment alignment) {
        this.linkBase = linkBase;
        this.alignment = alignment;
    }

    @Override
    public String render(ReportModel report) {
        StringOutput out = new StringOutput();
        ENGINE.render("report.jte", new View(report, linkBase, alignment), out);
        return out.toString();
    }

    /** What the template reads: the model plus small formatting helpers. */
    public record View(ReportModel report, String linkBase, TimelineSvg.Alignment alignment) {
        public String title() {
            return "Comparison: " + String.join(" · ", report.processes().stream().map(ProcessReport::label).toList());
        }

        /** A canonical IRI as a link on this server (or unchanged). */
        public String link(String iri) {
            if (iri == null) {
                return "";
            }
            return linkBase != null && iri.startsWith(CANONICAL) ? linkBase + "/" + iri.substring(CANONICAL.length()) : iri;
        }

        public String timeline() {
            return TimelineSvg.render(report.processes(), alignment);
        }

        public String alignmentText() {
            return alignment == TimelineSvg.Alignment.calendar ? "by calendar year" : "by years since each process's first step";
        }

        public String days(long min, long max) {
            return min == max ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d–%,d", min, max);
        }

        public String years(double min, double max) {
            return Math.abs(min - max) < 0.05 ? String.format(Locale.ROOT, "%.1f", min)
                    : String.format(Locale.ROOT, "%.1f–%.1f", min, max);
        }

        public String arrow(String toNext) {
            return toNext == null ? "" : toNext.equals(SequenceAnalysis.UNDETERMINED) ? "?" : "<";
        }

        public String date(Step s) {
            return s.when() == null ? "never realized" : s.when().display() + " (" + s.when().precision() + ")";
        }

        public String processLabel(String id) {
            return report.processes().stream().filter(p -> p.id().equals(id)).map(ProcessReport::label).findFirst().orElse(id);
        }

        public List<String> sourcesOf(Step s) {
            return s.sources();
        }
    }
}
