package org.eregistrations.web.statistics;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.file.ContentDisposition;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.statistics.StatisticsService.Report;

/**
 * The statistics of Part B (role {@code statistics}, and supervisors): filters, tables with their SVG charts, each
 * table as CSV, and the whole as a PDF report. Anyone else is told the page does not exist.
 */
@Path("/statistics")
public class StatisticsPage {
    private static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

    private final StatisticsService statistics;
    private final Visit visit;
    private final Pages pages;

    StatisticsPage(StatisticsService statistics, Visit visit, Pages pages) {
        this.statistics = statistics;
        this.visit = visit;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(PageInfo page, Report report, String parameters);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response showStatistics(@Context UriInfo uri) {
        Report report = report(uri);
        return pages.html(
                Templates.statistics(visit.info(), report, report.query().parameters()));
    }

    /** One table as CSV, named {@code statistics-<table>-<from>-<to>.csv}. */
    @GET
    @Path("{table}.csv")
    public Response downloadTable(@PathParam("table") String id, @Context UriInfo uri) {
        Report report = report(uri, id::equals);
        Table table = report.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(PageNotFoundException::new);
        byte[] csv = Csv.of(table).getBytes(StandardCharsets.UTF_8);
        return Response.ok(csv, CSV)
                .header("Content-Disposition", ContentDisposition.of("attachment", name(report, table.id()) + ".csv"))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Every table in a PDF report. */
    @GET
    @Path("report.pdf")
    public Response downloadReport(@Context UriInfo uri) {
        Report report = report(uri);
        String lang = visit.language().code();
        var query = report.query();
        List<String> lines = List.of(
                Texts.get(lang, "stat_range", "from", query.from(), "to", query.to()),
                Texts.get(lang, "stat_filters", "filters", filters(report, lang)));
        byte[] pdf = ReportPdf.of(Texts.get(lang, "stat_title"), lines, report.tables());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", ContentDisposition.of("attachment", name(report, "report") + ".pdf"))
                .header("Cache-Control", "no-store")
                .build();
    }

    private Report report(UriInfo uri) {
        return report(uri, table -> true);
    }

    private Report report(UriInfo uri, java.util.function.Predicate<String> wanted) {
        Map<String, String> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
        return statistics.report(visit.caller(), visit.language().code(), parameters, wanted);
    }

    private static String filters(Report report, String lang) {
        var query = report.query();
        StringBuilder filters = new StringBuilder(
                Texts.get(lang, "stat_group_" + query.grouping().id()));
        if (!query.service().isEmpty()) {
            filters.append(", ").append(report.services().getOrDefault(query.service(), query.service()));
        }
        if (!query.step().isEmpty()) {
            filters.append(", ").append(report.steps().getOrDefault(query.step(), query.step()));
        }
        if (!query.certificate().isEmpty()) {
            filters.append(", ").append(report.certificates().getOrDefault(query.certificate(), query.certificate()));
        }
        if (!query.officer().isEmpty()) {
            filters.append(", ").append(query.officer());
        }
        return filters.toString();
    }

    private static String name(Report report, String what) {
        return "statistics-" + what + "-" + report.query().from() + "-"
                + report.query().to();
    }
}
