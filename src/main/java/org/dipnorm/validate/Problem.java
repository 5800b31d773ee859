package org.dipnorm.validate;

/** One finding of {@code validate}: where it is (file:line:col, or a focus node) and what is wrong. */
public record Problem(Severity severity, String kind, String where, String message) {
    /** Violations fail validation; warnings are reported only. */
    public enum Severity { VIOLATION, WARNING }

    @Override
    public String toString() {
        String head = severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + kind + "] ";
        return head + (where.isEmpty() ? "" : where + ": ") + message;
    }
}
