package org.eregistrations.web.parta;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.eregistrations.web.site.MalformedFormException;

/** What the form pages of a file share in answering a post: the posted values, where to go next, what to swap. */
final class PostedForms {
    /** The hidden field of a form page that names the file version it shows. */
    static final String VERSION_FIELD = "_version";

    private PostedForms() {}

    /** The posted value of each name; the last one where a name was posted more than once. */
    static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> {
            if (!list.isEmpty()) {
                values.put(key, list.get(list.size() - 1));
            }
        });
        return values;
    }

    /** What the visitor entered for every property the refused post would have changed, to show it again. */
    static Map<String, String> kept(FormReader.Read read, MultivaluedMap<String, String> form) {
        Map<String, String> posted = single(form);
        Map<String, String> kept = new LinkedHashMap<>(read.entered());
        read.changes().paths().forEach(path -> kept.put(path, posted.getOrDefault(path, "")));
        return kept;
    }

    /** The file version the posting page showed ({@code _version}); none when the form does not say. */
    static OptionalLong seenVersion(MultivaluedMap<String, String> form) {
        String seen = form.getFirst(VERSION_FIELD);
        if (seen == null || seen.isBlank()) {
            return OptionalLong.empty();
        }
        if (!seen.strip().matches("\\d{1,18}")) {
            throw new MalformedFormException(VERSION_FIELD + " is not a file version");
        }
        return OptionalLong.of(Long.parseLong(seen.strip()));
    }

    /** The tab the visitor asked to go to ({@code go}), else the page itself. */
    static String next(UUID id, MultivaluedMap<String, String> form, String here) {
        String go = form.getFirst("go");
        if (go != null && FileHeaders.TABS.contains(go)) {
            return "/files/" + id + "/" + go;
        }
        return "/files/" + id + "/" + here;
    }

    /** A partial answer swaps its usual target, or (htmx response headers) a larger part of the page. */
    static Response retarget(Response partial, boolean usual, String larger) {
        if (usual) {
            return partial;
        }
        return Response.fromResponse(partial)
                .header("HX-Retarget", larger)
                .header("HX-Reselect", larger)
                .build();
    }

    /**
     * The page again with the visitor's entries and the notice that nothing was saved. For the page's script the
     * whole of the page's main part is swapped, since the notice sits above the part it usually swaps.
     */
    static Response changedElsewhere(Response page, boolean partial) {
        if (!partial) {
            return page;
        }
        return Response.fromResponse(page)
                .status(200)
                .header("HX-Retarget", "#main")
                .header("HX-Reselect", "#main")
                .build();
    }
}
