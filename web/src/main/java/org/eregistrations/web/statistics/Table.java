package org.eregistrations.web.statistics;

import java.util.List;

/**
 * One table of the statistics, as the page, the CSV export and the PDF report show it: an id (the CSV's name), a
 * title and column headings in the reader's language, rows of cells, and the chart drawn from it (null for none).
 */
public record Table(String id, String title, List<String> columns, List<List<String>> rows, String chart) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The number of the first column that holds numbers (the columns before it name what is counted). */
    public int firstFigure() {
        if (rows.isEmpty()) {
            return columns.size();
        }
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            if (rows.stream().allMatch(row -> row.get(column).matches("-?[0-9.]*"))) {
                return i;
            }
        }
        return columns.size();
    }
}
