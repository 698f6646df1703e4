package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.statistics.CountParts.Where;

/**
 * The figures as PostgreSQL counts them from the projection {@code file_statistic} (V21): each method one statement,
 * grouped as finely as its tables need, the rest summed up in Java.
 */
@ApplicationScoped
class StatisticsSql {
    /** Keeps the events of the files that were issued a certificate (the parameter). */
    static final String CERTIFICATE = " and exists (select 1 from file_statistic c where c.kind = 'certificate'"
            + " and c.file_id = s.file_id and c.item = ?)";

    private final Sql sql;

    StatisticsSql(Sql sql) {
        this.sql = sql;
    }

    /**
     * The days a query covers ({@code first} to {@code end}, excluded), the zone they are read in, and the mark of the
     * daily digests ({@link StatisticDays}): the days before it are counted from {@code statistic_day}, the rest from
     * the raw rows of {@code file_statistic}.
     */
    record Range(LocalDate first, LocalDate end, ZoneId timeZone, LocalDate digested) {
        Instant from() {
            return first.atStartOfDay(timeZone).toInstant();
        }

        Instant to() {
            return end.atStartOfDay(timeZone).toInstant();
        }

        String zone() {
            return timeZone.getId();
        }

        /** The day after the last digested day the query covers ({@code first} when it covers none). */
        LocalDate digestEnd() {
            return digested.isBefore(first) ? first : digested.isAfter(end) ? end : digested;
        }
    }

    /** How many events of a kind a file-level figure counts, in a period and a service. */
    record FileCount(LocalDate period, String service, String kind, long count) {}

    /** How many decisions of a kind an officer took at a step. */
    record DecisionCount(String service, String step, String officer, String kind, long count) {}

    /** How often something was counted under a key of two or three parts. */
    record Keyed(String first, String second, String third, long count) {}

    List<FileCount> files(Range range, StatisticsQuery query, Scope scope) {
        String kinds = "'sent', 'resent', 'fileApproved', 'fileRejected', 'fileSentBack'";
        return counted(
                range,
                query,
                digest -> {
                    Where part = digest
                            ? new Where(
                                    "select date_trunc(?, s.day)::date as k1",
                                    query.grouping().id())
                            : new Where(
                                    "select date_trunc(?, s.at at time zone ?)::date as k1",
                                    query.grouping().id(),
                                    range.zone());
                    part.text += ", s.service_id as k2, s.kind as k3";
                    return CountParts.files(part, digest, range, query, scope, kinds);
                },
                3,
                " group by 1, 2, 3",
                row -> new FileCount(
                        row.getObject(1, LocalDate.class), row.getString(2), row.getString(3), row.getLong(4)));
    }

    List<DecisionCount> decisions(Range range, StatisticsQuery query, Scope scope) {
        return counted(
                range,
                query,
                digest -> CountParts.steps(
                        new Where("select s.service_id as k1, s.step as k2, s.officer as k3, s.kind as k4"),
                        digest,
                        range,
                        query,
                        scope,
                        "'approve', 'sendBack', 'reject', 'pause'"),
                4,
                " group by 1, 2, 3, 4",
                row -> new DecisionCount(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5)));
    }

    /** Certificates issued: service, certificate. */
    List<Keyed> certificates(Range range, StatisticsQuery query, Scope scope) {
        return keyed(range, query, digest -> {
            Where part = CountParts.files(
                    keys("s.service_id", "s.item", "''"), digest, range, query, scope, "'certificate'");
            if (!query.officer().isEmpty()) {
                part.and(" and s.officer = ?", query.officer());
            }
            return part;
        });
    }

    /** Rejections by reason: service, step, reason. */
    List<Keyed> rejections(Range range, StatisticsQuery query, Scope scope) {
        return keyed(
                range,
                query,
                digest -> CountParts.steps(
                        keys("s.service_id", "s.step", "coalesce(s.reason, '')"),
                        digest,
                        range,
                        query,
                        scope,
                        "'reject'"));
    }

    /** Documents and receipts marked invalid by reason: service, item, reason's type. */
    List<Keyed> invalid(Range range, StatisticsQuery query, Scope scope) {
        return keyed(
                range,
                query,
                digest -> CountParts.steps(
                        keys("s.service_id", "s.item", "s.reason"), digest, range, query, scope, "'invalid'"));
    }

    /** Accounts created by period: investors ({@code investor}) and the others ({@code staff}). */
    List<Keyed> accounts(Range range, StatisticsQuery query) {
        return sql.list(
                "select date_trunc(?, created_at at time zone ?)::date::text,"
                        + " case when 'investor' = any(roles) then 'investor' else 'staff' end, '', count(*)"
                        + " from app_user where created_at >= ? and created_at < ? group by 1, 2",
                row -> new Keyed(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)),
                query.grouping().id(),
                range.zone(),
                range.from(),
                range.to());
    }

    private List<Keyed> keyed(Range range, StatisticsQuery query, Function<Boolean, Where> part) {
        return counted(
                range,
                query,
                part,
                3,
                " group by 1, 2, 3 order by 4 desc, 1, 2, 3 limit 200",
                row -> new Keyed(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)));
    }

    /** The three key columns of a {@link Keyed} count. */
    private static Where keys(String first, String second, String third) {
        return new Where("select " + first + " as k1, " + second + " as k2, " + third + " as k3");
    }

    /**
     * Sums the counts of the digested days of the range and of the raw events after them ({@code part} builds each:
     * its key columns {@code k1…}, then {@code n}, from its table as {@code s}); the raw events only when the query
     * keeps the files of a certificate, which the digests do not know. The statement's first {@code keys} columns are
     * its key, then the count.
     */
    private <T> List<T> counted(
            Range range,
            StatisticsQuery query,
            Function<Boolean, Where> part,
            int keys,
            String grouping,
            Sql.Row<T> row) {
        boolean digested = query.certificate().isEmpty() && range.digestEnd().isAfter(range.first());
        Where raw = part.apply(false);
        List<Object> parameters = new ArrayList<>();
        String parts = raw.text;
        if (digested) {
            Where digest = part.apply(true);
            parts = digest.text + " union all " + raw.text;
            parameters.addAll(digest.parameters);
        }
        parameters.addAll(raw.parameters);
        String columns = String.join(
                ", ", IntStream.rangeClosed(1, keys).mapToObj(k -> "k" + k).toList());
        return sql.listPlannedForValues(
                "select " + columns + ", sum(n)::bigint from (" + parts + ") x" + grouping, row, parameters.toArray());
    }
}
