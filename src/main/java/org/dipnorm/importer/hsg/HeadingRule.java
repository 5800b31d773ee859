package org.dipnorm.importer.hsg;

import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;

/**
 * One row of the heading classification table: a clause of a heading matching {@code pattern}
 * names an event of {@code stepType}. {@code evidence} is what a sentence of the entry must say for
 * a date in it to be this event's date (and for a second event of a heading to be imported).
 *
 * @param name a short name, used in tests and in the summary
 * @param pattern matched, case-insensitively, against one clause of the heading
 * @param stepType the step type (a concept of the st: scheme) of the event
 * @param evidence matched, case-insensitively, against the sentences of the entry
 * @param mission the kind of mission the event opens, changes or closes; null if none
 */
public record HeadingRule(String name, Pattern pattern, Resource stepType, Pattern evidence, MissionKind mission) {

    static HeadingRule of(String name, String pattern, Resource stepType, String evidence, MissionKind mission) {
        return new HeadingRule(name, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                stepType, Pattern.compile(evidence, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), mission);
    }

    static HeadingRule of(String name, String pattern, Resource stepType, String evidence) {
        return of(name, pattern, stepType, evidence, null);
    }

    public boolean matches(String clause) {
        return pattern.matcher(clause).find();
    }
}
