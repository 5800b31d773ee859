package org.dipnorm.validate;

import java.util.List;

/** What {@code validate} found: parse errors, SHACL results and rows of the violation checks. */
public record ValidationReport(int files, long triples, List<Problem> problems) {
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public List<Problem> violations() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.VIOLATION).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    public boolean conforms() {
        return violations().isEmpty();
    }
}
