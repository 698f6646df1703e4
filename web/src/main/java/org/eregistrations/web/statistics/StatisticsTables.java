package org.eregistrations.web.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.statistics.ProcessingTimes.Timed;
import org.eregistrations.web.statistics.StatisticsSql.DecisionCount;
import org.eregistrations.web.statistics.StatisticsSql.FileCount;
import org.eregistrations.web.statistics.StatisticsSql.Keyed;

/** The tables of the statistics, and their charts, from the figures counted: headings and names in one language. */
final class StatisticsTables {
    private static final List<String> FILE_KINDS =
            List.of("sent", "resent", "fileApproved", "fileRejected", "fileSentBack");
    private static final List<String> DECISIONS = List.of("approve", "sendBack", "reject", "pause");
    /** The bounds of the processing time distribution, in working hours (a working day is usually 8). */
    private static final long[] BUCKET_HOURS = {1, 4, 8, 16, 40};

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
        String title = text("stat_t_overTime");
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
        return new Table("services", text("stat_t_services"), fileColumns("stat_c_service"), rows, null);
    }

    Table perStep(List<DecisionCount> decisions, List<Timed> timed) {
        Map<String, List<String>> keys = new TreeMap<>();
        scope.kept(query)
                .forEach(s -> keys.put(s.key(), List.of(service(s.service()), s.name(), institution(s.institution()))));
        List<List<String>> rows =
                decided(keys, decisions, timed, d -> d.service() + "/" + d.step(), t -> t.service() + "/" + t.step());
        Table table = new Table(
                "steps",
                text("stat_t_steps"),
                columns("stat_c_service", "stat_c_step", "stat_c_institution"),
                rows,
                null);
        return charted(table, 3, "chart-steps", text("stat_chart_steps"), r -> r.get(0) + " · " + r.get(1));
    }

    Table perInstitution(List<DecisionCount> decisions, List<Timed> timed) {
        Map<String, String> of = new LinkedHashMap<>();
        scope.steps().forEach(s -> of.put(s.key(), institution(s.institution())));
        Map<String, List<String>> keys = new TreeMap<>();
        scope.kept(query).forEach(s -> keys.put(institution(s.institution()), List.of(institution(s.institution()))));
        List<List<String>> rows = decided(
                keys,
                decisions,
                timed,
                d -> of.get(d.service() + "/" + d.step()),
                t -> of.get(t.service() + "/" + t.step()));
        return new Table("institutions", text("stat_t_institutions"), columns("stat_c_institution"), rows, null);
    }

    Table perOfficer(List<DecisionCount> decisions, List<Timed> timed) {
        Map<String, List<String>> keys = new TreeMap<>();
        decisions.forEach(d -> keys.put(d.officer(), List.of(d.officer())));
        timed.forEach(t -> keys.put(t.officer(), List.of(t.officer())));
        List<List<String>> rows = decided(keys, decisions, timed, DecisionCount::officer, Timed::officer);
        Table table = new Table("officers", text("stat_t_officers"), columns("stat_c_officer"), rows, null);
        return charted(table, 1, "chart-officers", text("stat_chart_officers"), r -> r.get(0));
    }

    Table distribution(List<Timed> timed) {
        long[] counts = new long[BUCKET_HOURS.length + 1];
        for (Timed t : timed) {
            int bucket = 0;
            while (bucket < BUCKET_HOURS.length && t.pending().compareTo(Duration.ofHours(BUCKET_HOURS[bucket])) >= 0) {
                bucket++;
            }
            counts[bucket]++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(List.of(text("stat_b_" + i), String.valueOf(counts[i])));
        }
        Table table = new Table(
                "distribution", text("stat_t_distribution"), columns("stat_c_hours", "stat_c_decisions"), rows, null);
        return charted(table, 1, "chart-distribution", text("stat_chart_distribution"), r -> r.get(0));
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

    /** Rows of decisions and processing times under keys (their first cells by key), in the order of the keys. */
    private List<List<String>> decided(
            Map<String, List<String>> keys,
            List<DecisionCount> decisions,
            List<Timed> timed,
            Function<DecisionCount, String> keyOfDecision,
            Function<Timed, String> keyOfTime) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        decisions.forEach(d -> counts.computeIfAbsent(keyOfDecision.apply(d), k -> new long[DECISIONS.size()])[
                        DECISIONS.indexOf(d.kind())] +=
                d.count());
        Map<String, List<Timed>> times = new LinkedHashMap<>();
        timed.forEach(t -> times.computeIfAbsent(keyOfTime.apply(t), k -> new ArrayList<>())
                .add(t));
        List<List<String>> rows = new ArrayList<>();
        keys.forEach((key, first) -> {
            List<String> row = new ArrayList<>(first);
            for (long count : counts.getOrDefault(key, new long[DECISIONS.size()])) {
                row.add(String.valueOf(count));
            }
            List<Timed> mine = times.getOrDefault(key, List.of());
            row.add(String.valueOf(mine.size()));
            row.add(hours(
                    ProcessingTimes.percentile(mine.stream().map(Timed::pending).toList(), 0.5)));
            row.add(hours(
                    ProcessingTimes.percentile(mine.stream().map(Timed::pending).toList(), 0.9)));
            row.add(hours(ProcessingTimes.percentile(
                    mine.stream().map(Timed::sentBack).toList(), 0.5)));
            row.add(hours(
                    ProcessingTimes.percentile(mine.stream().map(Timed::paused).toList(), 0.5)));
            rows.add(row);
        });
        return rows;
    }

    private Table charted(
            Table table, int valueColumn, String id, String description, Function<List<String>, String> label) {
        List<List<String>> shown = table.rows().stream().limit(40).toList();
        String chart = Charts.bars(
                id,
                table.title(),
                description,
                shown.stream().map(label).toList(),
                shown.stream().map(r -> Double.parseDouble(r.get(valueColumn))).toList(),
                "");
        return new Table(table.id(), table.title(), table.columns(), table.rows(), chart);
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

    private List<String> columns(String... first) {
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

    private String service(String id) {
        return scope.services().getOrDefault(id, id);
    }

    private String institution(String id) {
        return id == null ? text("stat_no_institution") : id;
    }

    private String reason(String type) {
        String key = "revision_reason_" + type;
        String text = Texts.get(lang, key);
        return text.equals(key) ? type : text;
    }

    private String text(String key) {
        return Texts.get(lang, key);
    }
}
