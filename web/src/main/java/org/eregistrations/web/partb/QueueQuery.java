package org.eregistrations.web.partb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.file.FileNumbers;

/**
 * What an officer asks of a step's queue: a tab (the step's status, or every file), a search text and a sort. Read
 * from the query string, unknown values falling back to the defaults, and written back into the links of the page.
 */
record QueueQuery(Tab tab, String search, Sort sort, Assigned assigned) {
    /** Longer search texts are cut: a search is for a number, a name or a few words. */
    static final int LONGEST_SEARCH = 100;

    /** The tabs of a queue, in the order shown; {@code status} is absent for every file of the step. */
    enum Tab {
        PENDING(StepStatus.PENDING),
        SENT_BACK(StepStatus.SENT_BACK),
        APPROVED(StepStatus.APPROVED),
        REJECTED(StepStatus.REJECTED),
        ALL(null);

        private final StepStatus status;

        Tab(StepStatus status) {
            this.status = status;
        }

        Optional<StepStatus> status() {
            return Optional.ofNullable(status);
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The order of a queue: the file waiting longest first, or the file sent last first. */
    enum Sort {
        WAITING,
        SENT;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The filter by assignee of an assignable step: every file, the officer's own, or those no one took. */
    enum Assigned {
        ANY,
        ME,
        NONE;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static QueueQuery of(String tab, String search, String sort, String assigned) {
        String text = search == null ? "" : search.strip();
        if (text.length() > LONGEST_SEARCH) {
            text = text.substring(0, LONGEST_SEARCH);
        }
        return new QueueQuery(
                choice(Tab.class, tab, Tab.PENDING),
                text,
                choice(Sort.class, sort, Sort.WAITING),
                choice(Assigned.class, assigned, Assigned.ANY));
    }

    /** The page asked for, from 1; anything but a positive number asks for the first. */
    static int page(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The file number the search text names ({@code 2026-000042} or {@code 42}), if it names one. */
    Optional<Long> number() {
        return FileNumbers.named(search);
    }

    /** The search text as a case-insensitive {@code like} pattern that matches it literally anywhere. */
    String likePattern() {
        return Sql.containing(search);
    }

    /** The link to a page of the queue with this query, the default choices left out. */
    String href(String base, Tab tab, int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (tab != Tab.PENDING) {
            parameters.put("tab", tab.id());
        }
        if (!search.isEmpty()) {
            parameters.put("q", search);
        }
        if (sort != Sort.WAITING) {
            parameters.put("sort", sort.id());
        }
        if (assigned != Assigned.ANY) {
            parameters.put("assigned", assigned.id());
        }
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        StringBuilder href = new StringBuilder(base);
        parameters.forEach((name, value) -> href.append(href.indexOf("?") < 0 ? '?' : '&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return href.toString();
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
