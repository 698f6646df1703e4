package org.eregistrations.web.file;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The ruleset versions that may serve each service at a moment of a test: the active one, and while a swap is under
 * way also whichever comes ({@link #ANY}); every version a service had, for checking an answer that does not name its.
 */
final class Rulesets {
    static final String ANY = "*";

    private final Map<String, Set<String>> serving = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();

    Rulesets(Map<String, String> active) {
        active.forEach((service, version) -> {
            serving.put(service, Set.of(version));
            seen.computeIfAbsent(service, s -> ConcurrentHashMap.newKeySet()).add(version);
        });
    }

    /** What may serve a service now. */
    Set<String> serving(String service) {
        return serving.get(service);
    }

    /** What may serve a request that started when {@code before} served and ended now ({@link #ANY} among them). */
    Set<String> since(String service, Set<String> before) {
        Set<String> possible = new HashSet<>(before);
        possible.addAll(serving(service));
        return possible;
    }

    /** Whether a version may have answered a request that {@link #since} says these may have. */
    static boolean allows(Set<String> possible, String version) {
        return possible.contains(version) || possible.contains(ANY);
    }

    /** The versions to check an answer against that does not name its own: {@link #ANY} is every one seen. */
    Set<String> candidates(String service, Set<String> possible) {
        Set<String> candidates = new HashSet<>(possible);
        if (candidates.remove(ANY)) {
            candidates.addAll(seen.get(service));
        }
        return candidates;
    }

    /** Activates another version; while that is under way, either may serve. */
    String swap(String service, Supplier<String> activate) {
        Set<String> during = new HashSet<>(serving(service));
        during.add(ANY);
        serving.put(service, during);
        String version = activate.get();
        seen.get(service).add(version);
        serving.put(service, Set.of(version));
        return version;
    }
}
