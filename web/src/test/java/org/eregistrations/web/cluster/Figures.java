package org.eregistrations.web.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The requests of a chaos run cut into its windows (before the faults, the database down until both nodes serve again,
 * a node killed until it serves again, the rest), with what the checks need and the figures the run prints.
 */
final class Figures {
    /** After both nodes are ready again, requests sent before it may still end in the window's 503s. */
    private static final long GRACE_NANOS = 1_000_000_000L;

    private final List<Calls.Call> calls;
    private final long start;
    private final long down;
    private final long back;
    private final long recovered;
    private final long killed;
    private final long restarted;
    private final long end;

    Figures(
            List<Calls.Call> calls,
            long start,
            long down,
            long back,
            long recovered,
            long killed,
            long restarted,
            long end) {
        this.calls = calls;
        this.start = start;
        this.down = down;
        this.back = back;
        this.recovered = recovered;
        this.killed = killed;
        this.restarted = restarted;
        this.end = end;
    }

    private boolean inDownWindow(Calls.Call call) {
        return call.endNanos() >= down && call.startNanos() <= recovered + GRACE_NANOS;
    }

    List<Calls.Call> serverErrorsOutsideDownWindow() {
        return calls.stream().filter(c -> c.status() >= 500 && !inDownWindow(c)).toList();
    }

    List<Calls.Call> notUnavailableInsideDownWindow() {
        return calls.stream()
                .filter(c -> inDownWindow(c) && c.status() >= 500 && c.status() != 503)
                .toList();
    }

    /** The requests during the database's absence that took longer than this: they should fail fast instead. */
    List<Calls.Call> hungInDownWindow(long millis) {
        return calls.stream()
                .filter(c -> inDownWindow(c) && c.millis() > millis)
                .toList();
    }

    /** The slowest answered requests outside the database's down window: where a node was slow under the load. */
    List<Calls.Call> slowestOutsideDownWindow(int count) {
        return calls.stream()
                .filter(c -> c.answered() && !inDownWindow(c))
                .sorted((a, b) -> Long.compare(b.millis(), a.millis()))
                .limit(count)
                .toList();
    }

    String report(int acknowledgedWrites) {
        StringBuilder out = new StringBuilder("\n=== chaos run ===\n");
        out.append(String.format(
                "%d requests in %.1f s, %d acknowledged writes%n",
                calls.size(), seconds(start, end), acknowledgedWrites));
        out.append(String.format(
                "database down %.1f s; both nodes ready %.2f s after it was back; killed node ready again after %.1f s%n",
                seconds(down, back), seconds(back, recovered), seconds(killed, restarted)));
        out.append(String.format("%-28s %7s %7s %7s %9s%n", "window", "calls", "5xx", "503", "no answer"));
        window(out, "before the faults", start, down);
        window(out, "database down + recovery", down, recovered + GRACE_NANOS);
        window(out, "until the node is killed", recovered + GRACE_NANOS, killed);
        window(out, "node killed until ready", killed, restarted);
        window(out, "after", restarted, end);
        Map<String, Map<Integer, Long>> statuses = new TreeMap<>(calls.stream()
                .collect(Collectors.groupingBy(
                        Calls.Call::kind,
                        Collectors.groupingBy(Calls.Call::status, TreeMap::new, Collectors.counting()))));
        statuses.forEach((kind, counts) -> out.append(String.format("%-10s answers %s%n", kind, counts)));
        slowestOutsideDownWindow(5)
                .forEach(call -> out.append("slow: ").append(call).append('\n'));
        out.append(String.format("%-10s %7s %7s %7s%n", "kind", "calls", "p50 ms", "p99 ms"));
        Map<String, List<Long>> byKind = new TreeMap<>(calls.stream()
                .filter(c -> c.status() >= 200 && c.status() < 300)
                .collect(Collectors.groupingBy(
                        Calls.Call::kind, Collectors.mapping(Calls.Call::millis, Collectors.toList()))));
        byKind.forEach((kind, times) -> out.append(String.format(
                "%-10s %7d %7d %7d%n", kind, times.size(), percentile(times, 50), percentile(times, 99))));
        return out.toString();
    }

    private void window(StringBuilder out, String name, long from, long to) {
        List<Calls.Call> in = calls.stream()
                .filter(c -> c.startNanos() >= from && c.startNanos() < to)
                .toList();
        out.append(String.format(
                "%-28s %7d %7d %7d %9d%n",
                name,
                in.size(),
                in.stream().filter(c -> c.status() >= 500).count(),
                in.stream().filter(c -> c.status() == 503).count(),
                in.stream().filter(c -> !c.answered()).count()));
    }

    static long percentile(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
