package org.eregistrations.web.statistics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eregistrations.web.statistics.ProcessingTimes.Timed;
import org.eregistrations.web.statistics.StatisticsSql.DecisionCount;

/**
 * The tables of officers' decisions and processing times — per step, institution and officer, and their distribution —
 * with their bar charts; headings and names from {@link StatisticsTables}.
 */
final class DecisionTables {
    private static final List<String> DECISIONS = List.of("approve", "sendBack", "reject", "pause");
    /** The bounds of the processing time distribution, in working hours (a working day is usually 8). */
    private static final long[] BUCKET_HOURS = {1, 4, 8, 16, 40};

    private final StatisticsTables words;
    private final StatisticsQuery query;
    private final Scope scope;

    DecisionTables(StatisticsTables words, StatisticsQuery query, Scope scope) {
        this.words = words;
        this.query = query;
        this.scope = scope;
    }

    Table perStep(List<DecisionCount> decisions, List<Timed> timed) {
        Map<String, List<String>> keys = new TreeMap<>();
        scope.kept(query)
                .forEach(s -> keys.put(
                        s.key(), List.of(words.service(s.service()), s.name(), words.institution(s.institution()))));
        List<List<String>> rows =
                decided(keys, decisions, timed, d -> d.service() + "/" + d.step(), t -> t.service() + "/" + t.step());
        Table table = new Table(
                "steps",
                words.text("stat_t_steps"),
                words.columns("stat_c_service", "stat_c_step", "stat_c_institution"),
                rows,
                null);
        return charted(table, 3, "chart-steps", words.text("stat_chart_steps"), r -> r.get(0) + " · " + r.get(1));
    }

    Table perInstitution(List<DecisionCount> decisions, List<Timed> timed) {
        Map<String, String> of = new LinkedHashMap<>();
        scope.steps().forEach(s -> of.put(s.key(), words.institution(s.institution())));
        Map<String, List<String>> keys = new TreeMap<>();
        scope.kept(query)
                .forEach(
                        s -> keys.put(words.institution(s.institution()), List.of(words.institution(s.institution()))));
        List<List<String>> rows = decided(
                keys,
                decisions,
                timed,
                d -> of.get(d.service() + "/" + d.step()),
                t -> of.get(t.service() + "/" + t.step()));
        return new Table(
                "institutions", words.text("stat_t_institutions"), words.columns("stat_c_institution"), rows, null);
    }

    Table perOfficer(List<DecisionCount> decisions, List<Timed> timed) {
        Map<String, List<String>> keys = new TreeMap<>();
        decisions.forEach(d -> keys.put(d.officer(), List.of(d.officer())));
        timed.forEach(t -> keys.put(t.officer(), List.of(t.officer())));
        List<List<String>> rows = decided(keys, decisions, timed, DecisionCount::officer, Timed::officer);
        Table table = new Table("officers", words.text("stat_t_officers"), words.columns("stat_c_officer"), rows, null);
        return charted(table, 1, "chart-officers", words.text("stat_chart_officers"), r -> r.get(0));
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
            rows.add(List.of(words.text("stat_b_" + i), String.valueOf(counts[i])));
        }
        Table table = new Table(
                "distribution",
                words.text("stat_t_distribution"),
                words.columns("stat_c_hours", "stat_c_decisions"),
                rows,
                null);
        return charted(table, 1, "chart-distribution", words.text("stat_chart_distribution"), r -> r.get(0));
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
            row.add(StatisticsTables.hours(
                    ProcessingTimes.percentile(mine.stream().map(Timed::pending).toList(), 0.5)));
            row.add(StatisticsTables.hours(
                    ProcessingTimes.percentile(mine.stream().map(Timed::pending).toList(), 0.9)));
            row.add(StatisticsTables.hours(ProcessingTimes.percentile(
                    mine.stream().map(Timed::sentBack).toList(), 0.5)));
            row.add(StatisticsTables.hours(
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
}
