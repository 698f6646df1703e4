package org.eregistrations.web.statistics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a statistics page asks: the days from and to (both included, in the instance's zone), how to group them, and a
 * service, step, certificate and officer to keep (empty for every one). Read from the query string; anything that is
 * not understood falls back to the default (the last twelve months by month, everything).
 */
record StatisticsQuery(
        LocalDate from,
        LocalDate to,
        Grouping grouping,
        String service,
        String step,
        String certificate,
        String officer) {
    /** The longest range asked at once: ten years. */
    static final int LONGEST_DAYS = 3660;

    /** The most periods a table of time has; a finer grouping over a longer range is made coarser. */
    static final int MOST_PERIODS = 400;

    /** How the figures over time are grouped, each with PostgreSQL's {@code date_trunc} field. */
    enum Grouping {
        DAY(ChronoUnit.DAYS),
        WEEK(ChronoUnit.WEEKS),
        MONTH(ChronoUnit.MONTHS),
        YEAR(ChronoUnit.YEARS);

        private final ChronoUnit unit;

        Grouping(ChronoUnit unit) {
            this.unit = unit;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The first day of the period a day is in (a week starts on Monday, as ISO and PostgreSQL say). */
        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
            };
        }

        LocalDate next(LocalDate start) {
            return start.plus(1, unit);
        }

        /** How a period is named on a chart: {@code 2026-11-29}, {@code 2026-W48}, {@code 2026-11}, {@code 2026}. */
        String label(LocalDate start) {
            return switch (this) {
                case DAY -> start.toString();
                case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format(Locale.ROOT, "%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> start.toString().substring(0, 7);
                case YEAR -> String.valueOf(start.getYear());
            };
        }
    }

    /** The query of these parameters, as the page and the exports are asked for them, on this day. */
    static StatisticsQuery of(Map<String, String> parameters, LocalDate today) {
        LocalDate to = day(parameters.get("to")).orElse(today);
        LocalDate from = day(parameters.get("from")).orElse(to.withDayOfMonth(1).minusMonths(11));
        if (from.isAfter(to)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            from = to.minusDays(LONGEST_DAYS - 1L);
        }
        Grouping grouping = Grouping.MONTH;
        for (Grouping each : Grouping.values()) {
            if (each.id().equals(parameters.get("group"))) {
                grouping = each;
            }
        }
        while (grouping != Grouping.YEAR && periods(from, to, grouping) > MOST_PERIODS) {
            grouping = Grouping.values()[grouping.ordinal() + 1];
        }
        return new StatisticsQuery(
                from,
                to,
                grouping,
                id(parameters.get("service")),
                id(parameters.get("step")),
                id(parameters.get("certificate")),
                name(parameters.get("officer")));
    }

    private static long periods(LocalDate from, LocalDate to, Grouping grouping) {
        return grouping.unit.between(grouping.start(from), to) + 1;
    }

    private static java.util.Optional<LocalDate> day(String text) {
        try {
            return text == null || text.isBlank()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** An id as catalogues write them, or empty: anything else asks for every one. */
    private static String id(String value) {
        return value != null && value.matches("[A-Za-z][A-Za-z0-9_-]{0,63}") ? value : "";
    }

    /** A user name, or empty. */
    private static String name(String value) {
        String name = value == null ? "" : value.strip();
        return name.length() > 200 || name.chars().anyMatch(Character::isISOControl) ? "" : name;
    }

    /** The query string of this query, for links to its exports. */
    String parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        parameters.put("group", grouping.id());
        parameters.put("service", service);
        parameters.put("step", step);
        parameters.put("certificate", certificate);
        parameters.put("officer", officer);
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
