package org.dipnorm.importer.hsg;

/**
 * One chief-of-mission appointment of pocom ({@code missions-countries/{territory}.xml}).
 *
 * @param mission the mission file's territory id ({@code china})
 * @param territory the contemporary territory id ({@code south-vietnam-1975})
 * @param appointed, started, ended the dates as written (empty when absent) with their notes
 * @param note the appointment's note, or empty
 * @param file the file it was read from, and {@code line} the line of its {@code <chief>} element (-1 if unknown)
 */
public record PocomChief(String id, String personId, String roleId, String mission, String territory,
        String appointed, String started, String startedNote, String ended, String endedNote, String note,
        String file, int line) {

    /** The same appointment under another id (pocom repeats a few ids). */
    public PocomChief withId(String newId) {
        return new PocomChief(newId, personId, roleId, mission, territory, appointed, started, startedNote, ended, endedNote, note,
                file, line);
    }

    /** Where it was read, for warnings: {@code path:line}. */
    public String at() {
        return line > 0 ? file + ":" + line : file;
    }

    /** True if pocom gives a start or an end of service: nominees who never served have neither. */
    public boolean served() {
        return !started.isBlank() || !ended.isBlank();
    }

    /** The attestation's quote, in the curated data's words: "chief; appointed …; started … (note); ended … (note)". */
    public String summary() {
        StringBuilder sb = new StringBuilder(roleId);
        if (!appointed.isBlank()) {
            sb.append("; appointed ").append(appointed);
        }
        if (!started.isBlank()) {
            sb.append("; started ").append(started).append(startedNote.isBlank() ? "" : " (" + startedNote + ")");
        }
        if (!ended.isBlank()) {
            sb.append("; ended ").append(ended).append(endedNote.isBlank() ? "" : " (" + endedNote + ")");
        }
        return sb.toString();
    }
}
