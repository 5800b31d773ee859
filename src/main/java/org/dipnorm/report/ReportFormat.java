package org.dipnorm.report;

import java.util.Locale;
import org.dipnorm.UsageException;

/** The four formats of the comparison report, with their media types. */
public enum ReportFormat {
    html("text/html;charset=utf-8"), md("text/markdown;charset=utf-8"), json("application/json"), csv("text/csv;charset=utf-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ReportFormat parse(String value) {
        try {
            return valueOf(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UsageException("format=" + value + ": use html, md, json or csv");
        }
    }
}
