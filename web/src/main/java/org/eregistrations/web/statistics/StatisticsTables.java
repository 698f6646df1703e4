package org.eregistrations.web.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.statistics.StatisticsSql.FileCount;
import org.eregistrations.web.statistics.StatisticsSql.Keyed;

/**
 * The tables of files over time and per service, certificates, reasons and accounts, with the time series chart; and
 * the headings and names, in one language, that {@link DecisionTables} shares.
 */
final class StatisticsTables {
    private static final List<String> FILE_KINDS =
            List.of("sent", "resent", "fileApproved", "fileRejected", "fileSentBack");

    private final String lang;
    private final StatisticsQuery query;
    private final Scope scope;
    private final Map<String, String> stepNames = new LinkedHashMap<>();

    StatisticsTables(String lang, StatisticsQuery query, Scope scope) {
        this.lang = lang;
        this.query = query;
        this.scope = scope;
        scope.steps().forEach(s -> stepNames.put(s.key(), s.name()));
    }

    Table overTime(List<FileCount> counts) {
        Map<LocalDate, long[]> periods = new TreeMap<>();
        for (LocalDate p = query.grouping().start(query.from());
                !p.isAfter(query.to());
                p = query.grouping().next(p)) {
            periods.put(p, new long[FILE_KINDS.size()]);
        }
        counts.forEach(c ->
                periods.computeIfAbsent(c.period(), p -> new long[FILE_KINDS.size()])[FILE_KINDS.indexOf(c.kind())] +=
                        c.count());
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<String, long[]> series = new LinkedHashMap<>();
        List<String> seriesKinds = List.of("sent", "fileApproved", "fileRejected", "fileSentBack");
        seriesKinds.forEach(kind -> series.put(text("stat_c_" + kind), new long[periods.size()]));
        int i = 0;
        for (var period : periods.entrySet()) {
            rows.add(row(List.of(period.getKey().toString()), period.getValue()));
            labels.add(query.grouping().label(period.getKey()));
            for (String kind : seriesKinds) {
                series.get(text("stat_c_" + kind))[i] = period.getValue()[FILE_KINDS.indexOf(kind)];
            }
            i++;
        }
        String title = wholeFiles(text("stat_t_overTime"));
        return new Table(
                "over-time",
                title,
                fileColumns("stat_c_period"),
                rows,
                Charts.lines("chart-over-time", title, text("stat_chart_overTime"), labels, series));
    }

    Table perService(List<FileCount> counts) {
        Map<String, long[]> services = new TreeMap<>();
        counts.forEach(c ->
                services.computeIfAbsent(c.service(), s -> new long[FILE_KINDS.size()])[FILE_KINDS.indexOf(c.kind())] +=
                        c.count());
        List<List<String>> rows = new ArrayList<>();
        services.forEach((service, values) -> rows.add(row(List.of(service(service)), values)));
        return new Table("services", wholeFiles(text("stat_t_services")), fileColumns("stat_c_service"), rows, null);
    }

    /**
     * The title of a table of whole files (sent, approved…), which a step or an officer does not narrow: said so when
     * the query names one, so that no one reads them as that step's or that officer's files.
     */
    private String wholeFiles(String title) {
        return query.step().isEmpty() && query.officer().isEmpty() ? title : title + " — " + text("stat_t_wholeFiles");
    }

    Table certificates(List<Keyed> issued, Map<String, String> names) {
        List<List<String>> rows = issued.stream()
                .map(k -> List.of(
                        service(k.first()), names.getOrDefault(k.second(), k.second()), String.valueOf(k.count())))
                .toList();
        return new Table(
                "certificates",
                text("stat_t_certificates"),
                columns("stat_c_service", "stat_c_certificate", "stat_c_issued"),
                rows,
                null);
    }

    Table rejections(List<Keyed> reasons) {
        List<List<String>> rows = reasons.stream()
                .map(k -> List.of(
                        service(k.first()),
                        stepNames.getOrDefault(k.first() + "/" + k.second(), k.second()),
                        k.third(),
                        String.valueOf(k.count())))
                .toList();
        return new Table(
                "rejections",
                text("stat_t_rejections"),
                columns("stat_c_service", "stat_c_step", "stat_c_reason", "stat_c_count"),
                rows,
                null);
    }

    Table invalid(List<Keyed> marks) {
        List<List<String>> rows = marks.stream()
                .map(k -> List.of(service(k.first()), k.second(), reason(k.third()), String.valueOf(k.count())))
                .toList();
        return new Table(
                "invalid",
                text("stat_t_invalid"),
                columns("stat_c_service", "stat_c_document", "stat_c_reason", "stat_c_count"),
                rows,
                null);
    }

    Table accounts(List<Keyed> created) {
        Map<String, long[]> periods = new TreeMap<>();
        for (LocalDate p = query.grouping().start(query.from());
                !p.isAfter(query.to());
                p = query.grouping().next(p)) {
            periods.put(p.toString(), new long[2]);
        }
        created.forEach(k ->
                periods.computeIfAbsent(k.first(), p -> new long[2])[k.second().equals("investor") ? 0 : 1] +=
                        k.count());
        List<List<String>> rows = new ArrayList<>();
        periods.forEach((period, values) -> rows.add(row(List.of(period), values)));
        return new Table(
                "accounts",
                text("stat_t_accounts"),
                columns("stat_c_period", "stat_c_investors", "stat_c_staff"),
                rows,
                null);
    }

    private List<String> fileColumns(String first) {
        return columns(
                first,
                "stat_c_sent",
                "stat_c_resent",
                "stat_c_fileApproved",
                "stat_c_fileRejected",
                "stat_c_fileSentBack");
    }

    List<String> columns(String... first) {
        List<String> columns = new ArrayList<>();
        for (String key : first) {
            columns.add(text(key));
        }
        if (first.length > 0
                && (first[first.length - 1].equals("stat_c_step")
                        || first[0].equals("stat_c_institution")
                        || first[0].equals("stat_c_officer"))) {
            for (String key : List.of(
                    "stat_c_approve",
                    "stat_c_sendBack",
                    "stat_c_reject",
                    "stat_c_pause",
                    "stat_c_timed",
                    "stat_c_median",
                    "stat_c_p90",
                    "stat_c_median_sent_back",
                    "stat_c_median_paused")) {
                columns.add(text(key));
            }
        }
        return columns;
    }

    private static List<String> row(List<String> first, long[] values) {
        List<String> row = new ArrayList<>(first);
        for (long value : values) {
            row.add(String.valueOf(value));
        }
        return row;
    }

    /** Working hours with one decimal; empty for none. */
    static String hours(Duration duration) {
        return duration == null ? "" : String.format(Locale.ROOT, "%.1f", duration.toSeconds() / 3600.0);
    }

    String service(String id) {
        return scope.services().getOrDefault(id, id);
    }

    String institution(String id) {
        return id == null ? text("stat_no_institution") : id;
    }

    private String reason(String type) {
        String key = "revision_reason_" + type;
        String text = Texts.get(lang, key);
        return text.equals(key) ? type : text;
    }

    String text(String key) {
        return Texts.get(lang, key);
    }
}
