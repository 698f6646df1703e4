package org.eregistrations.web.statistics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How long steps took to their approval or rejection, in working time of the step's institution, as
 * {@link ProcessingTimesSql#times} counts them: per step ({@code service/step}), officer and institution (its id, {@code ""}
 * for none) the steps decided, the median and 90th percentile of the time each was pending (an officer's to work) and
 * the medians of the time it waited for the investor (sent back) and was paused; and how many fall in each bucket of
 * {@link #BUCKET_HOURS}.
 */
record ProcessingTimes(
        Map<String, Times> byStep, Map<String, Times> byOfficer, Map<String, Times> byInstitution, long[] buckets) {
    /** The bounds of the processing time distribution, in working hours (a working day is usually 8). */
    static final long[] BUCKET_HOURS = {1, 4, 8, 16, 40};

    /** The times of some decided steps (percentiles by the nearest rank; null when none was decided). */
    record Times(long decided, Duration median, Duration p90, Duration medianSentBack, Duration medianPaused) {
        static final Times NONE = new Times(0, null, null, null, null);
    }

    /** Collects the rows of {@link ProcessingTimesSql#times}, each a kind (step, officer, institution, bucket) and key. */
    static ProcessingTimes of(Iterable<ProcessingTimesSql.TimeRow> rows) {
        ProcessingTimes times = new ProcessingTimes(
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new long[BUCKET_HOURS.length + 1]);
        for (ProcessingTimesSql.TimeRow row : rows) {
            Times each = new Times(
                    row.decided(),
                    duration(row.median()),
                    duration(row.p90()),
                    duration(row.medianSentBack()),
                    duration(row.medianPaused()));
            switch (row.kind()) {
                case "step" -> times.byStep.put(row.key(), each);
                case "officer" -> times.byOfficer.put(row.key(), each);
                case "institution" -> times.byInstitution.put(row.key(), each);
                default -> times.buckets[Integer.parseInt(row.key())] += row.decided();
            }
        }
        return times;
    }

    private static Duration duration(Double seconds) {
        return seconds == null ? null : Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
