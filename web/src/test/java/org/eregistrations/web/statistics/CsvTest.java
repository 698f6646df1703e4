package org.eregistrations.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table as CSV: one header row, RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class CsvTest {
    @Test
    void oneHeaderRowThenTheRowsQuotedWhereNeeded() {
        Table table = new Table(
                "t",
                "Title",
                List.of("Reason", "Times"),
                List.of(List.of("Blurred, \"again\"", "3"), List.of("two\nlines", "1"), List.of("Año", "-2")),
                null);
        assertThat(Csv.of(table))
                .isEqualTo("Reason,Times\r\n\"Blurred, \"\"again\"\"\",3\r\n\"two\nlines\",1\r\nAño,-2\r\n");
    }

    @Test
    void formulasAreWrittenAsText() {
        assertThat(Csv.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("=HYPERLINK(\"x\",1)")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",1)\"");
        assertThat(Csv.cell("-3.5")).isEqualTo("-3.5"); // a negative number stays a number
        assertThat(Csv.cell("2026-11-01")).isEqualTo("2026-11-01");
    }
}
