package org.eregistrations.web.statistics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn as SVG on the server, readable without JavaScript: a title and a description for screen readers, every
 * value also written as text, every text escaped. Each chart is drawn from a table the page shows next to it.
 */
final class Charts {
    private static final int WIDTH = 720;
    private static final int LEFT = 48;
    private static final int BAR_HEIGHT = 22;
    private static final String[] COLOURS = {"#1f5fa8", "#2e7d32", "#c62828", "#ef6c00", "#6a1b9a"};

    private Charts() {}

    /** Lines over time, one per series (its name and a value per period), with a legend. */
    static String lines(String id, String title, String description, List<String> periods, Map<String, long[]> series) {
        int height = 260;
        int plotTop = 20;
        int plotBottom = height - 60;
        long most = Math.max(
                1,
                series.values().stream()
                        .flatMapToLong(java.util.Arrays::stream)
                        .max()
                        .orElse(1));
        double step = periods.size() > 1 ? (WIDTH - LEFT - 20.0) / (periods.size() - 1) : 0;
        StringBuilder svg = open(id, title, description, height);
        axis(svg, plotTop, plotBottom, most);
        int label = Math.max(1, (periods.size() + 7) / 8); // at most eight periods named under the axis
        for (int i = 0; i < periods.size(); i += label) {
            svg.append(text(LEFT + i * step, plotBottom + 16, "middle", periods.get(i), "axis"));
        }
        int colour = 0;
        for (var line : series.entrySet()) {
            String stroke = COLOURS[colour % COLOURS.length];
            StringBuilder points = new StringBuilder();
            long[] values = line.getValue();
            for (int i = 0; i < values.length; i++) {
                double y = plotBottom - (plotBottom - plotTop) * (double) values[i] / most;
                points.append(number(LEFT + i * step))
                        .append(',')
                        .append(number(y))
                        .append(' ');
                svg.append("<circle cx=\"")
                        .append(number(LEFT + i * step))
                        .append("\" cy=\"")
                        .append(number(y))
                        .append("\" r=\"3\" fill=\"")
                        .append(stroke)
                        .append("\"><title>")
                        .append(escape(line.getKey() + " " + periods.get(i) + ": " + values[i]))
                        .append("</title></circle>");
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(stroke)
                    .append("\" points=\"")
                    .append(points.toString().strip())
                    .append("\"/>");
            double x = LEFT + colour * 140.0;
            svg.append("<rect x=\"")
                    .append(number(x))
                    .append("\" y=\"")
                    .append(height - 24)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(stroke)
                    .append("\"/>")
                    .append(text(x + 16, height - 14, "start", line.getKey(), "legend"));
            colour++;
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, each with its value written at its end ({@code unit} after it). */
    static String bars(
            String id, String title, String description, List<String> labels, List<Double> values, String unit) {
        int height = 20 + BAR_HEIGHT * Math.max(1, labels.size());
        double most = Math.max(
                1e-9, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        int labelWidth = 220;
        double room = WIDTH - labelWidth - 90.0;
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < labels.size(); i++) {
            double y = 10 + i * BAR_HEIGHT;
            double width = room * values.get(i) / most;
            String value = format(values.get(i)) + unit;
            svg.append(text(labelWidth - 6, y + 15, "end", shortened(labels.get(i)), "label"))
                    .append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(number(y + 3))
                    .append("\" height=\"")
                    .append(BAR_HEIGHT - 6)
                    .append("\" width=\"")
                    .append(number(width))
                    .append("\" fill=\"")
                    .append(COLOURS[0])
                    .append("\"><title>")
                    .append(escape(labels.get(i) + ": " + value))
                    .append("</title></rect>")
                    .append(text(labelWidth + width + 6, y + 15, "start", value, "value"));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    private static void axis(StringBuilder svg, int top, int bottom, long most) {
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" x2=\"")
                .append(WIDTH - 10)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#888\"/>")
                .append(text(LEFT - 6, bottom + 4, "end", "0", "axis"))
                .append(text(LEFT - 6, top + 4, "end", String.valueOf(most), "axis"))
                .append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(top)
                .append("\" x2=\"")
                .append(WIDTH - 10)
                .append("\" y2=\"")
                .append(top)
                .append("\" stroke=\"#ddd\"/>");
    }

    private static String text(double x, double y, String anchor, String content, String kind) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + kind
                + "\" font-size=\"" + (kind.equals("axis") ? 11 : 12) + "\" font-family=\"sans-serif\">"
                + escape(content) + "</text>";
    }

    private static String shortened(String label) {
        return label.length() > 34 ? label.substring(0, 33) + "…" : label;
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text safe inside an SVG element or attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
