package org.eregistrations.web.statistics;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The statistics as a PDF report: a heading with the range and filters, then every table, printed by openhtmltopdf on
 * PDFBox as certificates are (the charts stay on the page: the PDF holds their tables).
 */
final class ReportPdf {
    private ReportPdf() {}

    static byte[] of(String title, List<String> lines, List<Table> tables) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>"
                + "body{font-family:sans-serif;font-size:9pt}table{border-collapse:collapse;margin-bottom:12pt}"
                + "th,td{border:1px solid #999;padding:2pt 4pt;text-align:left}h2{font-size:11pt}"
                + "</style></head><body><h1>");
        html.append(Charts.escape(title)).append("</h1>");
        lines.forEach(line -> html.append("<p>").append(Charts.escape(line)).append("</p>"));
        for (Table table : tables) {
            html.append("<h2>").append(Charts.escape(table.title())).append("</h2><table><thead><tr>");
            table.columns()
                    .forEach(c -> html.append("<th>").append(Charts.escape(c)).append("</th>"));
            html.append("</tr></thead><tbody>");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                row.forEach(
                        cell -> html.append("<td>").append(Charts.escape(cell)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</body></html>");
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
