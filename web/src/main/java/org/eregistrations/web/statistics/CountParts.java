package org.eregistrations.web.statistics;

import java.util.ArrayList;
import java.util.List;
import org.eregistrations.web.statistics.StatisticsSql.Range;

/**
 * The parts of {@link StatisticsSql}'s counting statements: each part reads either the daily digests
 * ({@code statistic_day}) or the raw events ({@code file_statistic}) as {@code s}, with the same filters, so that a
 * statement can sum the two.
 */
final class CountParts {
    private CountParts() {}

    /** Events of these kinds of the services the query keeps, in its range and of its certificate. */
    static Where files(Where part, boolean digest, Range range, StatisticsQuery query, Scope scope, String kinds) {
        part.text += from(digest) + " where s.kind in (" + kinds + ")";
        period(part, digest, range, query);
        part.and(" and s.service_id = any(?)", scope.keptServices(query));
        certificate(part, query);
        return part;
    }

    /** Events of these kinds at the steps the query keeps, in its range, of its officer and certificate. */
    static Where steps(Where part, boolean digest, Range range, StatisticsQuery query, Scope scope, String kinds) {
        List<Scope.StepOf> kept = scope.kept(query);
        part.text += from(digest) + " join unnest(?::text[], ?::text[]) v(service_id, step)"
                + " on v.service_id = s.service_id and v.step = s.step where s.kind in (" + kinds + ")";
        part.parameters.add(kept.stream().map(Scope.StepOf::service).toList());
        part.parameters.add(kept.stream().map(Scope.StepOf::step).toList());
        period(part, digest, range, query);
        if (!query.officer().isEmpty()) {
            part.and(" and s.officer = ?", query.officer());
        }
        certificate(part, query);
        return part;
    }

    private static String from(boolean digest) {
        return digest ? ", s.count as n from statistic_day s" : ", 1 as n from file_statistic s";
    }

    /** The digested days of the range, or the moments after them (all of the range when the digests are not used). */
    private static void period(Where part, boolean digest, Range range, StatisticsQuery query) {
        if (digest) {
            part.text += " and s.day >= ? and s.day < ?";
            part.parameters.addAll(List.of(range.first(), range.digestEnd()));
        } else {
            boolean digested = query.certificate().isEmpty();
            part.text += " and s.at >= ? and s.at < ?";
            part.parameters.addAll(List.of(
                    digested ? range.digestEnd().atStartOfDay(range.timeZone()).toInstant() : range.from(),
                    range.to()));
        }
    }

    private static void certificate(Where where, StatisticsQuery query) {
        if (!query.certificate().isEmpty()) {
            where.and(StatisticsSql.CERTIFICATE, query.certificate());
        }
    }

    /** The from and where of a statement, with its parameters in order. */
    static final class Where {
        String text;
        final List<Object> parameters = new ArrayList<>();

        Where(String text, Object... parameters) {
            this.text = text;
            this.parameters.addAll(List.of(parameters));
        }

        void and(String condition, Object parameter) {
            text += condition;
            parameters.add(parameter);
        }
    }
}
