package org.dipnorm.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks a {@link Variant} for an {@code Accept} header (RFC 9110 §12.5.1): the highest quality
 * wins, a specific media range beats {@code type/*} beats {@code *}{@code /*}, and on a tie the
 * earlier variant in the offer list wins (HTML first, so browsers get pages).
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /** The variant to send, or empty when nothing offered is acceptable (answer 406). */
    public static Optional<Variant> choose(String accept, List<Variant> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        Variant best = null;
        double bestQ = 0;
        for (Variant v : offers) {
            double q = quality(accept, v);
            if (q > bestQ) {
                best = v;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives a variant: that of its most specific matching range, 0 if none. */
    static double quality(String accept, Variant v) {
        String type = v.mediaType();
        int bestSpecificity = -1;
        double q = 0;
        for (String part : accept.split(",")) {
            String[] params = part.trim().split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            double rq = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        rq = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        rq = 0;
                    }
                }
            }
            int specificity = specificity(range, type, v);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = rq;
            }
        }
        return bestSpecificity < 0 ? 0 : q;
    }

    private static int specificity(String range, String type, Variant v) {
        if (range.equals(type) || (v == Variant.HTML && range.equals("application/xhtml+xml"))) {
            return 2;
        }
        if (range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return range.equals("*/*") ? 0 : -1;
    }

    /** The text of a 406 answer: what is available. */
    public static String notAcceptable(List<Variant> offers) {
        StringBuilder s = new StringBuilder("Not acceptable. Available: ");
        for (int i = 0; i < offers.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(offers.get(i).mediaType()).append(" (.").append(offers.get(i).suffix()).append(')');
        }
        return s.append('.').toString();
    }
}
