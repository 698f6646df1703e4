package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eregistrations.web.db.Sql;

/**
 * The processing times as PostgreSQL counts them: the working seconds of each step decided in the range, as the
 * projection {@code decision_time} (V24) keeps them, and their medians and 90th percentiles taken by
 * {@code percentile_disc} (the nearest rank), so that a page gets a few rows whatever the number of files.
 */
@ApplicationScoped
class ProcessingTimesSql {
    private final Sql sql;

    ProcessingTimesSql(Sql sql) {
        this.sql = sql;
    }

    /** Processing times of a kind (step, officer, institution, bucket) under a key, in seconds. */
    record TimeRow(
            String kind,
            String key,
            long decided,
            Double median,
            Double p90,
            Double medianSentBack,
            Double medianPaused) {}

    /**
     * The processing times of the steps approved or rejected in the range, as {@code decision_time} (V24) keeps them for
     * each decision (a step's working seconds pending, sent back and paused since its previous decision, read on the
     * clock of the step's institution; see {@link DecisionTimes}): counted and their percentiles taken per step,
     * officer, institution and bucket of the distribution.
     */
    @Transactional
    List<TimeRow> times(StatisticsSql.Range range, StatisticsQuery query, Scope scope) {
        // the aggregates' sorts of a year's decisions (some 20 MB) done in memory, not in files
        sql.update("set local work_mem = '32MB'");
        StringBuilder filter =
                new StringBuilder(" from decision_time s where s.at >= ? and s.at < ? and s.step_key = any(?)");
        List<Object> filtered = new ArrayList<>(List.of(
                range.from(),
                range.to(),
                scope.kept(query).stream().map(Scope.StepOf::key).toList()));
        if (!query.officer().isEmpty()) {
            filter.append(" and s.officer = ?");
            filtered.add(query.officer());
        }
        if (!query.certificate().isEmpty()) {
            filter.append(StatisticsSql.CERTIFICATE);
            filtered.add(query.certificate());
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String[] grouping : GROUPINGS) {
            statement.append(statement.isEmpty() ? "" : " union all ");
            statement
                    .append("select '")
                    .append(grouping[0])
                    .append("', ")
                    .append(grouping[1])
                    .append(", count(*), ")
                    .append(FIGURES)
                    .append(filter)
                    .append(" group by ")
                    .append(grouping[1]);
            parameters.addAll(filtered);
        }
        statement
                .append(" union all select 'bucket', width_bucket(s.pending, ?::float8[])::text, count(*), null, null,"
                        + " null")
                .append(filter)
                .append(" group by 2");
        parameters.add(Arrays.stream(ProcessingTimes.BUCKET_HOURS)
                .mapToObj(hours -> String.valueOf(hours * 3600))
                .toList());
        parameters.addAll(filtered);
        return sql.listPlannedForValues(
                statement.toString(),
                row -> {
                    java.sql.Array percentiles = row.getArray(4);
                    Double[] pending = percentiles == null ? null : (Double[]) percentiles.getArray();
                    return new TimeRow(
                            row.getString(1),
                            row.getString(2),
                            row.getLong(3),
                            pending == null ? null : pending[0],
                            pending == null ? null : pending[1],
                            (Double) row.getObject(5),
                            (Double) row.getObject(6));
                },
                parameters.toArray());
    }

    /**
     * The kinds of figures and the column each groups by: each has an index in its order holding what it reads (V24),
     * so that a year is an index-only walk with no sort but those of the percentiles.
     */
    private static final String[][] GROUPINGS = {
        {"step", "s.step_key"}, {"officer", "s.officer"}, {"institution", "s.institution"}
    };

    /** The median and 90th percentile of the time pending, the medians of the times sent back and paused. */
    private static final String FIGURES = "percentile_disc(array[0.5, 0.9]) within group (order by s.pending),"
            + " percentile_disc(0.5) within group (order by s.sent_back),"
            + " percentile_disc(0.5) within group (order by s.paused)";
}
