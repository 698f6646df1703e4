package org.eregistrations.web.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eregistrations.web.statistics.StatisticsRecountTest.Event;
import org.eregistrations.web.supervise.WorkingCalendar;

/**
 * The statistics of some files recounted by brute force from their raw events, sharing nothing with the application
 * but the shape of its tables: each file's events walked in order, processing times minute by minute.
 */
record Recount(
        List<Event> events,
        ZoneId zone,
        LocalDate from,
        LocalDate to,
        BiFunction<String, String, WorkingCalendar> calendars) {
    private static final List<String> DECISIONS = List.of("approve", "sendBack", "reject", "pause");

    private boolean inRange(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return !day.isBefore(from) && day.isBefore(to);
    }

    /** Per month: sent, resent, approved, rejected, sent back. */
    List<List<String>> overTime() {
        Map<LocalDate, long[]> months = new TreeMap<>();
        for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
            months.put(month, new long[5]);
        }
        fileEvents((event, kind) ->
                months.get(event.at().atZone(zone).toLocalDate().withDayOfMonth(1))[kind]++);
        return rows(months, LocalDate::toString);
    }

    List<List<String>> perService(Function<String, String> names) {
        Map<String, long[]> services = new TreeMap<>();
        fileEvents((event, kind) -> services.computeIfAbsent(event.service(), s -> new long[5])[kind]++);
        return rows(services, names);
    }

    private void fileEvents(java.util.function.ObjIntConsumer<Event> counted) {
        Map<UUID, String> previous = new HashMap<>();
        for (Event event : events) {
            if (!event.path().equals("status")) {
                continue;
            }
            String status = event.value().asText();
            String before = previous.put(event.file(), status);
            int kind =
                    switch (status) {
                        case "SUBMITTED" -> "SENT_BACK".equals(before) ? 1 : 0;
                        case "APPROVED" -> 2;
                        case "REJECTED" -> 3;
                        case "SENT_BACK" -> 4;
                        default -> -1;
                    };
            if (kind >= 0 && inRange(event.at())) {
                counted.accept(event, kind);
            }
        }
    }

    List<List<String>> perOfficer() {
        return decided(e -> e.user(), (service, step) -> List.of());
    }

    List<List<String>> perStep(
            Function<String, String> services,
            BiFunction<String, String, String> steps,
            BiFunction<String, String, String> institutions) {
        return decided(
                e -> e.service() + "/" + stepOf(e),
                (service, step) -> List.of(
                        services.apply(service), steps.apply(service, step), institutions.apply(service, step)));
    }

    /** Rows of decision counts and processing times by a key of each decision, with the first cells a key gives. */
    private List<List<String>> decided(Function<Event, String> key, BiFunction<String, String, List<String>> first) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, List<Duration[]>> times = new HashMap<>();
        Map<String, Event> any = new HashMap<>();
        for (Event event : events) {
            if (!event.path().endsWith(".decision") || !inRange(event.at())) {
                continue;
            }
            String decision = event.value().get("decision").asText();
            if (!DECISIONS.contains(decision)) {
                continue;
            }
            String k = key.apply(event);
            any.putIfAbsent(k, event);
            counts.computeIfAbsent(k, x -> new long[4])[DECISIONS.indexOf(decision)]++;
            if (decision.equals("approve") || decision.equals("reject")) {
                times.computeIfAbsent(k, x -> new ArrayList<>()).add(spent(event));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((k, values) -> {
            Event some = any.get(k);
            List<String> row = new ArrayList<>(first.apply(some.service(), stepOf(some)));
            if (row.isEmpty()) {
                row.add(k);
            }
            for (long value : values) {
                row.add(String.valueOf(value));
            }
            List<Duration[]> mine = times.getOrDefault(k, List.of());
            row.add(String.valueOf(mine.size()));
            row.add(nearestRank(mine, 0, 0.5));
            row.add(nearestRank(mine, 0, 0.9));
            row.add(nearestRank(mine, 1, 0.5));
            row.add(nearestRank(mine, 2, 0.5));
            rows.add(row);
        });
        return rows;
    }

    /** Pending, sent back and paused working time of a step up to its decision, walked minute by minute. */
    private Duration[] spent(Event decision) {
        String step = stepOf(decision);
        List<Event> statuses = events.stream()
                .filter(e -> e.file().equals(decision.file())
                        && e.seq() < decision.seq()
                        && e.path().equals("steps." + step + ".status"))
                .toList();
        WorkingCalendar calendar = calendars.apply(decision.service(), step);
        long[] minutes = new long[3];
        Instant start = statuses.stream()
                .filter(e -> e.value().asText().equals("PENDING"))
                .findFirst()
                .orElseThrow()
                .at();
        for (Instant minute = start; minute.isBefore(decision.at()); minute = minute.plusSeconds(60)) {
            Instant now = minute;
            String state = statuses.stream()
                    .filter(e -> !e.at().isAfter(now))
                    .reduce((a, b) -> b)
                    .orElseThrow()
                    .value()
                    .asText();
            int kind = List.of("PENDING", "SENT_BACK", "PAUSED").indexOf(state);
            if (kind >= 0 && working(calendar, minute)) {
                minutes[kind]++;
            }
        }
        return new Duration[] {
            Duration.ofMinutes(minutes[0]), Duration.ofMinutes(minutes[1]), Duration.ofMinutes(minutes[2])
        };
    }

    private boolean working(WorkingCalendar calendar, Instant minute) {
        ZonedDateTime local = minute.atZone(zone);
        WorkingCalendar.Hours hours = calendar.week().get(local.getDayOfWeek());
        LocalTime time = local.toLocalTime();
        return hours != null
                && !calendar.holidays().contains(local.toLocalDate())
                && !time.isBefore(hours.starts())
                && time.isBefore(hours.ends());
    }

    private static String nearestRank(List<Duration[]> times, int kind, double p) {
        if (times.isEmpty()) {
            return "";
        }
        List<Duration> sorted = times.stream().map(t -> t[kind]).sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return StatisticsRecountTest.hours(sorted.get(rank - 1));
    }

    List<List<String>> certificates(Function<String, String> services, BiFunction<String, String, String> names) {
        Map<List<String>, Long> counted = events.stream()
                .filter(e -> e.path().startsWith("certificates.") && inRange(e.at()))
                .collect(Collectors.groupingBy(
                        e -> List.of(
                                services.apply(e.service()),
                                names.apply(e.service(), e.path().substring(13))),
                        Collectors.counting()));
        return withCounts(counted);
    }

    List<List<String>> rejections(Function<String, String> services, BiFunction<String, String, String> steps) {
        Map<List<String>, Long> counted = events.stream()
                .filter(e -> e.path().endsWith(".decision")
                        && e.value().get("decision").asText().equals("reject")
                        && inRange(e.at()))
                .collect(Collectors.groupingBy(
                        e -> List.of(
                                services.apply(e.service()),
                                steps.apply(e.service(), stepOf(e)),
                                e.value().get("reason").asText()),
                        Collectors.counting()));
        return withCounts(counted);
    }

    List<List<String>> invalid(Function<String, String> services, Function<String, String> reasons) {
        Map<List<String>, Long> counted = events.stream()
                .filter(e -> e.path().contains(".review.documents.")
                        && inRange(e.at())
                        && e.value().get("status").asText().equals("invalid"))
                .collect(Collectors.groupingBy(
                        e -> List.of(
                                services.apply(e.service()),
                                e.path().substring(e.path().indexOf(".review.") + 8),
                                reasons.apply(e.value().get("reasonType").asText())),
                        Collectors.counting()));
        return withCounts(counted);
    }

    private static List<List<String>> withCounts(Map<List<String>, Long> counted) {
        List<List<String>> rows = new ArrayList<>();
        counted.forEach((key, count) -> {
            List<String> row = new ArrayList<>(key);
            row.add(String.valueOf(count));
            rows.add(row);
        });
        return rows;
    }

    private static <K> List<List<String>> rows(Map<K, long[]> counts, Function<K, String> first) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((key, values) -> {
            List<String> row = new ArrayList<>(List.of(first.apply(key)));
            for (long value : values) {
                row.add(String.valueOf(value));
            }
            rows.add(row);
        });
        return rows;
    }

    private static String stepOf(Event event) {
        return event.path().split("\\.")[1];
    }
}
