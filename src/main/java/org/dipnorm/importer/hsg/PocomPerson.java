package org.dipnorm.importer.hsg;

/**
 * A person of pocom ({@code people/{letter}/{id}.xml}).
 *
 * @param birth birth year, or null
 * @param death death year, or null
 */
public record PocomPerson(String id, String forename, String surname, String genName, Integer birth, Integer death) {
    /** "Thomas Sovereign Gates, Jr.": forename, surname and generational suffix, as the curated data writes them. */
    public String name() {
        String name = (forename.isBlank() ? "" : forename + " ") + surname;
        if (genName.isBlank()) {
            return name.strip();
        }
        return name.strip() + (genName.matches("(?i)jr\\.?|sr\\.?") ? ", " : " ") + genName;
    }

    /** The page of the person on history.state.gov. */
    public String url() {
        return "https://history.state.gov/departmenthistory/people/" + id;
    }
}
