package org.dipnorm.importer.hsg;

import java.nio.file.Path;
import java.util.List;

/**
 * One rdcr article ({@code articles/{slug}.xml}): the country it is about and its timeline entries.
 *
 * @param slug the Office of the Historian's country slug, which is also the state's IRI key
 * @param shortTitle the country's name as the article's short title gives it ("China")
 * @param title the article's complete title
 * @param file where it was read from
 */
public record RdcrArticle(String slug, String shortTitle, String title, Path file, List<RdcrEntry> entries) {
    public RdcrArticle {
        entries = List.copyOf(entries);
    }

    /** The page the Office of the Historian publishes for the article. */
    public String url() {
        return "https://history.state.gov/countries/" + slug;
    }
}
