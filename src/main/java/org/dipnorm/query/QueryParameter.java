package org.dipnorm.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.dipnorm.ParameterException;

/**
 * A typed parameter of a named query, declared in its header as {@code # param: ?name (type) description}.
 * Values are parsed into RDF terms and bound into the parsed query, never spliced into its text.
 */
public record QueryParameter(String name, Type type, String description) {
    /** The types a parameter can have. */
    public enum Type { IRI, STRING, DATE, INTEGER }

    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|^`\\\\]+");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w-]*)?:([\\w.-][\\w./-]*)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

    /** Parses a user value; a bad value fails naming this parameter. */
    public Node parse(String value, PrefixMapping prefixes) {
        if (value == null || value.isEmpty()) {
            throw bad(value, "a value is required");
        }
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches()) {
                    throw bad(value, "expected an integer");
                }
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw bad(value, "expected a date as YYYY-MM-DD");
                }
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            }
            case IRI -> NodeFactory.createURI(iri(value, prefixes));
        };
    }

    private String iri(String value, PrefixMapping prefixes) {
        var prefixed = PREFIXED.matcher(value);
        if (prefixed.matches()) {
            String ns = prefixes.getNsPrefixURI(prefixed.group(1) == null ? "" : prefixed.group(1));
            if (ns != null) {
                return ns + prefixed.group(2);
            }
        }
        String v = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
        if (!ABSOLUTE_IRI.matcher(v).matches()) {
            throw bad(value, "expected an absolute IRI or a prefixed name such as proc:us-china-1971");
        }
        return v;
    }

    private ParameterException bad(String value, String why) {
        String shown = value == null ? "" : value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new ParameterException(name, "parameter " + name + "=" + shown + ": " + why);
    }
}
