package org.dipnorm.importer.hsg;

import java.util.List;

/**
 * One timeline entry ({@code div[@type='timeline']}) of an rdcr article: its own heading (never a
 * figure caption), the dates of that heading, and its paragraphs as plain text.
 *
 * @param slug the article's country slug ({@code china})
 * @param number position of the entry among the article's timeline entries, counting from 1 ({@code china#18})
 * @param section the heading of the section holding the entry ("Diplomatic Relations"), or empty
 * @param heading the entry's heading, whitespace-normalized, or empty when the entry has none
 * @param headDates the {@code <date>} elements of the heading
 * @param paragraphs the entry's paragraphs, whitespace-normalized, without figures
 * @param line the line of the entry's {@code <div>} in its file
 */
public record RdcrEntry(String slug, int number, String section, String heading, List<HeadDate> headDates,
        List<String> paragraphs, int line) {

    public RdcrEntry {
        headDates = List.copyOf(headDates);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A {@code <date>} of a heading: its {@code when}, {@code from}, {@code to} attributes (empty if absent) and text. */
    public record HeadDate(String when, String from, String to, String text) {}

    /** {@code china#18}: how the entry is cited in locators, logs and tests. */
    public String key() {
        return slug + "#" + number;
    }

    /** The paragraphs joined by a blank line: the quote of the entry's attestation. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The heading without its final full stop. */
    public String headingWithoutStop() {
        return heading.endsWith(".") ? heading.substring(0, heading.length() - 1) : heading;
    }
}
