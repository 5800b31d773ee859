package org.dipnorm.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.Step;
import org.dipnorm.service.StepCategory;

/**
 * The report's timeline as inline SVG (no JavaScript): one lane per process, aligned by calendar
 * year or by years since each process's first step; a symbol per step category with a legend;
 * an imprecise date drawn as a bar across its bounds; a step agreed but never realized drawn hollow,
 * placed after the step before it.
 */
public final class TimelineSvg {
    /** How lanes are aligned. */
    public enum Alignment { calendar, relative }

    private static final int WIDTH = 960;
    private static final int LEFT = 210;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int LANE = 56;
    private static final String[] COLORS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"};

    private TimelineSvg() {}

    public static String render(List<ProcessReport> processes, Alignment alignment) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (ProcessReport p : processes) {
            LocalDate origin = origin(p);
            for (Step s : p.steps()) {
                if (s.realized()) {
                    min = Math.min(min, position(s.when().earliestDate(), origin, alignment));
                    max = Math.max(max, position(s.when().latestDate().plusDays(1), origin, alignment));
                }
            }
        }
        double from = Math.floor(min);
        double to = Math.max(Math.ceil(max), from + 1);
        int legendTop = TOP + LANE * processes.size() + 30;
        int height = legendTop + 24 * ((StepCategory.values().length + 1 + 3) / 4) + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">", WIDTH, height, WIDTH, height));
        svg.append("<title>").append(esc(alignment == Alignment.calendar ? "Timeline by calendar year" : "Timeline by years since the first step"))
                .append("</title>");
        double step = tickStep(to - from);
        for (double t = from; t <= to + 1e-9; t += step) {
            double x = x(t, from, to);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>", x, TOP - 8, x,
                    TOP + LANE * processes.size()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>", x, TOP - 12,
                    alignment == Alignment.calendar ? Integer.toString((int) Math.round(t)) : "+" + Math.round(t) + " y"));
        }
        for (int i = 0; i < processes.size(); i++) {
            ProcessReport p = processes.get(i);
            int y = TOP + LANE * i + LANE / 2;
            LocalDate origin = origin(p);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-weight=\"bold\">%s</text>", LEFT - 8, y + 4,
                    esc(shorten(p.label(), 30))));
            Step previous = null;
            for (Step s : p.steps()) {
                if (s.realized()) {
                    double x1 = x(position(s.when().earliestDate(), origin, alignment), from, to);
                    double x2 = x(position(s.when().latestDate().plusDays(1), origin, alignment), from, to);
                    svg.append("<g><title>").append(esc(title(s))).append("</title>");
                    if (x2 - x1 > 3) {
                        svg.append(String.format(Locale.ROOT, "<rect class=\"bounds\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\" "
                                + "fill-opacity=\"0.3\"/>", x1, y - 4, x2 - x1, color(s)));
                    }
                    svg.append(symbol(category(s), (x1 + x2) / 2, y, color(s), true)).append("</g>");
                    previous = s;
                } else if (previous != null) {
                    double x = x(position(previous.when().latestDate(), origin, alignment), from, to) + 14;
                    svg.append("<g class=\"unrealized\"><title>").append(esc(s.stepTypeLabel() + ": agreed, never realized"))
                            .append("</title>").append(symbol(category(s), x, y - 16, "#444", false)).append("</g>");
                }
            }
        }
        legend(svg, legendTop);
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int top) {
        StepCategory[] all = StepCategory.values();
        for (int i = 0; i <= all.length; i++) {
            int col = i % 4;
            int row = i / 4;
            double x = 30 + col * 230;
            int y = top + row * 24;
            if (i < all.length) {
                svg.append(symbol(all[i], x, y, COLORS[i], true));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 12, y + 4, esc(all[i].label())));
            } else {
                svg.append(symbol(null, x, y, "#444", false));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 12, y + 4,
                        "hollow: agreed, never realized; bar: date known only within its bounds"));
            }
        }
    }

    private static String symbol(StepCategory c, double x, double y, String color, boolean filled) {
        String paint = filled ? "fill=\"" + color + "\"" : "fill=\"white\" stroke=\"" + color + "\" stroke-width=\"1.5\"";
        String shape = c == null ? "dot" : c.symbol();
        return switch (shape) {
            case "square" -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" %s/>", x - 5, y - 5, paint);
            case "diamond" -> poly(paint, x, y - 7, x + 7, y, x, y + 7, x - 7, y);
            case "triangle" -> poly(paint, x, y - 7, x + 7, y + 6, x - 7, y + 6);
            case "hexagon" -> poly(paint, x - 6, y, x - 3, y - 6, x + 3, y - 6, x + 6, y, x + 3, y + 6, x - 3, y + 6);
            case "star" -> poly(paint, x, y - 8, x + 2.4, y - 2.5, x + 7.6, y - 2.5, x + 3.4, y + 1, x + 5, y + 7,
                    x, y + 3.5, x - 5, y + 7, x - 3.4, y + 1, x - 7.6, y - 2.5, x - 2.4, y - 2.5);
            case "house" -> poly(paint, x, y - 8, x + 7, y - 2, x + 7, y + 6, x - 7, y + 6, x - 7, y - 2);
            case "flag" -> poly(paint, x - 5, y - 7, x + 6, y - 4, x - 3, y - 1, x - 3, y + 7, x - 5, y + 7);
            case "circle" -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" %s/>", x, y, paint);
            default -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" %s/>", x, y, paint);
        };
    }

    private static String poly(String paint, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", xy[i], xy[i + 1]));
        }
        return "<polygon points=\"" + points + "\" " + paint + "/>";
    }

    private static StepCategory category(Step s) {
        return s.categories().isEmpty() ? null : s.categories().get(s.categories().size() - 1);
    }

    private static String color(Step s) {
        StepCategory c = category(s);
        return c == null ? "#777" : COLORS[c.ordinal()];
    }

    private static String title(Step s) {
        return s.ordinal() + ". " + (s.label() == null ? s.stepTypeLabel() : s.label()) + " — " + s.when().display()
                + " (" + s.when().precision() + ")";
    }

    private static LocalDate origin(ProcessReport p) {
        return p.steps().stream().filter(Step::realized).map(s -> s.when().earliestDate()).min(LocalDate::compareTo).orElseThrow();
    }

    private static double position(LocalDate d, LocalDate origin, Alignment alignment) {
        double years = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
        if (alignment == Alignment.calendar) {
            return years;
        }
        return years - (origin.getYear() + (origin.getDayOfYear() - 1) / (double) origin.lengthOfYear());
    }

    private static double x(double t, double from, double to) {
        return LEFT + (t - from) / (to - from) * (WIDTH - LEFT - RIGHT);
    }

    private static double tickStep(double span) {
        for (double s : new double[] {1, 2, 5, 10, 20, 25, 50}) {
            if (span / s <= 12) {
                return s;
            }
        }
        return 100;
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
