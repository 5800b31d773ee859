package org.dipnorm.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;
import org.dipnorm.vocab.ST;

/**
 * The step types that matter for comparing precedents, each a subtree of the step-type scheme
 * (a step belongs to a category when its type is the category's concept or narrower).
 */
public enum StepCategory {
    TALKS("talks", "circle", ST.DIALOGUE.getURI()),
    COMMUNIQUE("communiqué or agreement", "square", ST.AGREEMENT.getURI()),
    RELIEF("sanctions or embargo relief", "diamond", ST.SANCTIONS_EASED.getURI(), ST.EMBARGO_LIFTED.getURI(),
            ST.TERROR_LIST_REMOVAL.getURI()),
    POW_MIA("POW/MIA cooperation", "triangle", ST.POW_MIA_COOPERATION.getURI()),
    INTERIM_OFFICE("liaison office or interests section", "hexagon", ST.INTERIM_OFFICE_OPENED.getURI()),
    RELATIONS("diplomatic relations", "star", ST.RELATIONS_ESTABLISHED.getURI()),
    EMBASSY("embassy", "house", ST.EMBASSY_OPENED.getURI()),
    AMBASSADOR("ambassador", "flag", ST.AMBASSADOR_ACCREDITED.getURI());

    private final String label;
    private final String symbol;
    private final Set<String> concepts;

    StepCategory(String label, String symbol, String... concepts) {
        this.label = label;
        this.symbol = symbol;
        this.concepts = Set.of(concepts);
    }

    /** The id used in JSON and CSV: the name in lower case with hyphens, e.g. {@code interim-office}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** The timeline symbol drawn for steps of this category. */
    public String symbol() {
        return symbol;
    }

    /** True when a step type, given with all its broader concepts, falls in this category. */
    public boolean covers(Set<String> typeAndAncestors) {
        return typeAndAncestors.stream().anyMatch(concepts::contains);
    }
}
