package org.eregistrations.web.statistics;

import java.util.List;

/**
 * A table as CSV (RFC 4180): one header row, cells quoted when they hold a comma, a quote or a line break, and a cell
 * a spreadsheet would read as a formula ({@code = + - @}, or a tab or carriage return first) prefixed with {@code '}.
 */
final class Csv {
    private Csv() {}

    static String of(Table table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.columns());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
