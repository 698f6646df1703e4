package org.eregistrations.web.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eregistrations.web.statistics.ProcessingTimes.Times;
import org.eregistrations.web.statistics.StatisticsSql.DecisionCount;

/**
 * The tables of officers' decisions and processing times — per step, institution and officer, and their distribution —
 * with their bar charts; headings and names from {@link StatisticsTables}.
 */
final class DecisionTables {
    private static final List<String> DECISIONS = List.of("approve", "sendBack", "reject", "pause");

    private final StatisticsTables words;
    private final StatisticsQuery query;
    private final Scope scope;

    DecisionTables(StatisticsTables words, StatisticsQuery query, Scope scope) {
        this.words = words;
        this.query = query;
        this.scope = scope;
    }

    Table perStep(List<DecisionCount> decisions, ProcessingTimes timed) {
        Map<String, List<String>> keys = new TreeMap<>();
        scope.kept(query)
                .forEach(s -> keys.put(
                        s.key(), List.of(words.service(s.service()), s.name(), words.institution(s.institution()))));
        List<List<String>> rows = decided(keys, decisions, timed.byStep(), d -> d.service() + "/" + d.step());
        Table table = new Table(
                "steps",
                words.text("stat_t_steps"),
                words.columns("stat_c_service", "stat_c_step", "stat_c_institution"),
                rows,
                null);
        return charted(table, 3, "chart-steps", words.text("stat_chart_steps"), r -> r.get(0) + " · " + r.get(1));
    }

    Table perInstitution(List<DecisionCount> decisions, ProcessingTimes timed) {
        Map<String, String> of = new LinkedHashMap<>();
        scope.steps().forEach(s -> of.put(s.key(), s.institution() == null ? "" : s.institution()));
        Map<String, List<String>> keys = new TreeMap<>();
        scope.kept(query)
                .forEach(s -> keys.put(
                        s.institution() == null ? "" : s.institution(), List.of(words.institution(s.institution()))));
        List<List<String>> rows =
                decided(keys, decisions, timed.byInstitution(), d -> of.get(d.service() + "/" + d.step()));
        return new Table(
                "institutions", words.text("stat_t_institutions"), words.columns("stat_c_institution"), rows, null);
    }

    Table perOfficer(List<DecisionCount> decisions, ProcessingTimes timed) {
        Map<String, List<String>> keys = new TreeMap<>();
        decisions.forEach(d -> keys.put(d.officer(), List.of(d.officer())));
        timed.byOfficer().keySet().forEach(officer -> keys.put(officer, List.of(officer)));
        List<List<String>> rows = decided(keys, decisions, timed.byOfficer(), DecisionCount::officer);
        Table table = new Table("officers", words.text("stat_t_officers"), words.columns("stat_c_officer"), rows, null);
        return charted(table, 1, "chart-officers", words.text("stat_chart_officers"), r -> r.get(0));
    }

    Table distribution(ProcessingTimes timed) {
        long[] counts = timed.buckets();
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
            Map<String, Times> times,
            Function<DecisionCount, String> keyOfDecision) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        decisions.forEach(d -> counts.computeIfAbsent(keyOfDecision.apply(d), k -> new long[DECISIONS.size()])[
                        DECISIONS.indexOf(d.kind())] +=
                d.count());
        List<List<String>> rows = new ArrayList<>();
        keys.forEach((key, first) -> {
            List<String> row = new ArrayList<>(first);
            for (long count : counts.getOrDefault(key, new long[DECISIONS.size()])) {
                row.add(String.valueOf(count));
            }
            Times mine = times.getOrDefault(key, Times.NONE);
            row.add(String.valueOf(mine.decided()));
            row.add(StatisticsTables.hours(mine.median()));
            row.add(StatisticsTables.hours(mine.p90()));
            row.add(StatisticsTables.hours(mine.medianSentBack()));
            row.add(StatisticsTables.hours(mine.medianPaused()));
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
