package org.dipnorm.importer.hsg;

/**
 * A date written in an entry: "on or about June 16, 1844", "in May 1973", "the summer of 1940",
 * "August 6" (its year taken from the date written before it).
 *
 * @param date the date at the precision written
 * @param end for a season, its last month; otherwise null
 * @param sentence index of the sentence in {@link EntryText#sentences()}; 0 is the heading
 * @param start offset of the mention in its sentence
 * @param onOrAbout the text says "on or about", "about" or "approximately" just before it
 */
public record DateMention(SourceDate date, SourceDate end, int sentence, int start, boolean onOrAbout) {}
