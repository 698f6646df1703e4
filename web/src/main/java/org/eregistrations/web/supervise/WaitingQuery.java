package org.eregistrations.web.supervise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.web.file.FileNumbers;

/**
 * What a supervisor asks of the files waiting: a service, step and institution (ids; empty for every one), the state
 * they wait in, who holds them, how long they have waited at least, and a file number or a part of a title. Read from
 * the query string, anything unknown falling back to "every"; written back into the links of the page.
 */
record WaitingQuery(
        String service, String step, String institution, State state, String holder, Waited waited, String search) {
    /** Longer search texts are cut: a search is for a number or a few words of a title. */
    static final int LONGEST_SEARCH = 100;

    /** What a file waits for at a step: an officer (pending), the investor (sent back), or a paused step to resume. */
    enum State {
        ANY,
        PENDING,
        SENT_BACK,
        PAUSED;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The least time a file has waited: none, or 30 minutes up to a month. */
    enum Waited {
        ANY(Duration.ZERO),
        HALF_HOUR(Duration.ofMinutes(30)),
        HOUR(Duration.ofHours(1)),
        FOUR_HOURS(Duration.ofHours(4)),
        DAY(Duration.ofDays(1)),
        THREE_DAYS(Duration.ofDays(3)),
        WEEK(Duration.ofDays(7)),
        MONTH(Duration.ofDays(30));

        private final Duration least;

        Waited(Duration least) {
            this.least = least;
        }

        Duration least() {
            return least;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static WaitingQuery of(
            String service,
            String step,
            String institution,
            String state,
            String holder,
            String waited,
            String search) {
        String text = search == null ? "" : search.strip();
        return new WaitingQuery(
                id(service),
                id(step),
                id(institution),
                choice(State.class, state, State.ANY),
                holder == null ? "" : holder.strip(),
                choice(Waited.class, waited, Waited.ANY),
                text.length() > LONGEST_SEARCH ? text.substring(0, LONGEST_SEARCH) : text);
    }

    /** The file number the search names ({@code 2026-000042} or {@code 42}), if it names one. */
    Optional<Long> number() {
        return FileNumbers.named(search);
    }

    /** The link to a page of the list with this query, what is left at "every" left out. */
    String href(int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("service", service);
        parameters.put("step", step);
        parameters.put("institution", institution);
        parameters.put("state", state == State.ANY ? "" : state.id());
        parameters.put("holder", holder);
        parameters.put("waited", waited == Waited.ANY ? "" : waited.id());
        parameters.put("q", search);
        parameters.put("page", page > 1 ? String.valueOf(page) : "");
        StringBuilder href = new StringBuilder("/supervise");
        parameters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                href.append(href.indexOf("?") < 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return href.toString();
    }

    /** An id as catalogues write them, or empty: anything else asks for every one. */
    private static String id(String value) {
        return value != null && value.matches("[A-Za-z][A-Za-z0-9_-]{0,63}") ? value : "";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        return fallback;
    }
}
