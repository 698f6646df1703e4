package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eregistrations.web.db.Sql;

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

    /** The moments a query covers, and the zone its days are read in. */
    record Range(Instant from, Instant to, String zone) {}

    /** How many events of a kind a file-level figure counts, in a period and a service. */
    record FileCount(LocalDate period, String service, String kind, long count) {}

    /** How many decisions of a kind an officer took at a step. */
    record DecisionCount(String service, String step, String officer, String kind, long count) {}

    /** How often something was counted under a key of two or three parts. */
    record Keyed(String first, String second, String third, long count) {}

    List<FileCount> files(Range range, StatisticsQuery query, Scope scope) {
        Where where = files(range, query, scope, "'sent', 'resent', 'fileApproved', 'fileRejected', 'fileSentBack'");
        List<Object> parameters = new ArrayList<>(List.of(query.grouping().id(), range.zone()));
        parameters.addAll(where.parameters);
        return sql.listPlannedForValues(
                "select date_trunc(?, s.at at time zone ?)::date, s.service_id, s.kind, count(*)" + where.text
                        + " group by 1, 2, 3",
                row -> new FileCount(
                        row.getObject(1, LocalDate.class), row.getString(2), row.getString(3), row.getLong(4)),
                parameters.toArray());
    }

    List<DecisionCount> decisions(Range range, StatisticsQuery query, Scope scope) {
        Where where = steps(range, query, scope, "'approve', 'sendBack', 'reject', 'pause'");
        return sql.listPlannedForValues(
                "select s.service_id, s.step, s.officer, s.kind, count(*)" + where.text + " group by 1, 2, 3, 4",
                row -> new DecisionCount(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5)),
                where.parameters.toArray());
    }

    /** Certificates issued: service, certificate. */
    List<Keyed> certificates(Range range, StatisticsQuery query, Scope scope) {
        Where where = files(range, query, scope, "'certificate'");
        if (!query.officer().isEmpty()) {
            where.and(" and s.officer = ?", query.officer());
        }
        return keyed("s.service_id, s.item, ''", where);
    }

    /** Rejections by reason: service, step, reason. */
    List<Keyed> rejections(Range range, StatisticsQuery query, Scope scope) {
        return keyed("s.service_id, s.step, coalesce(s.reason, '')", steps(range, query, scope, "'reject'"));
    }

    /** Documents and receipts marked invalid by reason: service, item, reason's type. */
    List<Keyed> invalid(Range range, StatisticsQuery query, Scope scope) {
        return keyed("s.service_id, s.item, s.reason", steps(range, query, scope, "'invalid'"));
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

    private List<Keyed> keyed(String key, Where where) {
        return sql.listPlannedForValues(
                "select " + key + ", count(*)" + where.text + " group by 1, 2, 3 order by 4 desc, 1, 2, 3 limit 200",
                row -> new Keyed(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)),
                where.parameters.toArray());
    }

    /** Events of these kinds of the services the query keeps, in its range and of its certificate. */
    private static Where files(Range range, StatisticsQuery query, Scope scope, String kinds) {
        Where where = new Where(" from file_statistic s where s.kind in (" + kinds + ") and s.at >= ? and s.at < ?"
                + " and s.service_id = any(?)");
        where.parameters.addAll(List.of(range.from(), range.to(), scope.keptServices(query)));
        certificate(where, query);
        return where;
    }

    /** Events of these kinds at the steps the query keeps, in its range, of its officer and certificate. */
    private static Where steps(Range range, StatisticsQuery query, Scope scope, String kinds) {
        return steps(range, query, scope, kinds, "");
    }

    private static Where steps(Range range, StatisticsQuery query, Scope scope, String kinds, String join) {
        List<Scope.StepOf> kept = scope.kept(query);
        Where where = new Where(" from file_statistic s join unnest(?::text[], ?::text[]) v(service_id, step)"
                + " on v.service_id = s.service_id and v.step = s.step" + join
                + " where s.kind in (" + kinds + ") and s.at >= ? and s.at < ?");
        where.parameters.addAll(List.of(
                kept.stream().map(Scope.StepOf::service).toList(),
                kept.stream().map(Scope.StepOf::step).toList(),
                range.from(),
                range.to()));
        if (!query.officer().isEmpty()) {
            where.and(" and s.officer = ?", query.officer());
        }
        certificate(where, query);
        return where;
    }

    private static void certificate(Where where, StatisticsQuery query) {
        if (!query.certificate().isEmpty()) {
            where.and(CERTIFICATE, query.certificate());
        }
    }

    /** The from and where of a statement, with its parameters in order. */
    private static final class Where {
        private String text;
        private final List<Object> parameters = new ArrayList<>();

        Where(String text) {
            this.text = text;
        }

        void and(String condition, Object parameter) {
            text += condition;
            parameters.add(parameter);
        }
    }
}
