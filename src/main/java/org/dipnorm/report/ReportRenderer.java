package org.dipnorm.report;

import org.dipnorm.service.ReportModel;

/** Prints a comparison report in one format. */
public interface ReportRenderer {
    String render(ReportModel report);

    /** The renderer for a format; {@code linkBase} maps canonical IRIs to the server (null: keep them). */
    static ReportRenderer of(ReportFormat format, String linkBase, TimelineSvg.Alignment alignment) {
        return switch (format) {
            case html -> new HtmlReportRenderer(linkBase, alignment);
            case md -> new MarkdownReportRenderer();
            case json -> new JsonReportRenderer();
            case csv -> new CsvReportRenderer();
        };
    }
}
