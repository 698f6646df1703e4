package org.eregistrations.web.account;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.account.SessionEndedPages.Entry;
import org.eregistrations.web.account.SessionEndedPages.Templates;
import org.eregistrations.web.site.Links;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.SessionEndedException;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * A form posted after its login session ended is not lost: instead of a refusal, the login page comes back (401)
 * carrying what was entered, to be saved after logging in ({@link SessionEndedPages}).
 */
public class SessionEnded {
    /** The documents or payments page of a file, where files are chosen. */
    private static final Pattern UPLOADS_PAGE = Pattern.compile("/files/[0-9a-f-]{36}/(documents|payments)");

    private final Visit visit;
    private final Pages pages;

    SessionEnded(Visit visit, Pages pages) {
        this.visit = visit;
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response sessionEnded(SessionEndedException ended) {
        List<Entry> kept = new ArrayList<>();
        boolean filesDropped = posted(kept);
        String next = Links.safeNext(visit.path());
        Matcher uploads = UPLOADS_PAGE.matcher(next);
        if (uploads.lookingAt()) {
            // files must be chosen again: back to the page that shows them (its forms are multipart, carry nothing)
            next = uploads.group();
            kept.clear();
        }
        Response login = pages.html(Templates.login(visit.info(), next, kept, filesDropped, null, null), 401);
        if (!visit.partial()) {
            return login;
        }
        // a part of the page asked by its script: the whole page becomes the login page (the site's htmx
        // configuration swaps a 401), so the entries are not stuck behind an update that silently failed
        return Response.fromResponse(login)
                .header("HX-Retarget", "body")
                .header("HX-Reswap", "innerHTML")
                .build();
    }

    /**
     * The fields of the refused post (the page's own handler never ran): the form data RESTEasy read for a handler of
     * single fields, or the body it read for a handler of the whole form. Whether it held chosen files, which cannot be
     * carried.
     */
    private static boolean posted(List<Entry> kept) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            return false;
        }
        if (request.getRequestEntity() instanceof MultivaluedMap<?, ?> body) {
            body.forEach(
                    (name, values) -> values.forEach(value -> keep(kept, String.valueOf(name), String.valueOf(value))));
            return false;
        }
        FormData form = request.getFormData();
        boolean files = false;
        for (String name : form == null ? List.<String>of() : form) {
            for (FormValue value : form.get(name)) {
                if (value.isFileItem()) {
                    files |= value.getFileName() != null && !value.getFileName().isBlank();
                } else {
                    keep(kept, name, value.getValue());
                }
            }
        }
        return files;
    }

    private static void keep(List<Entry> kept, String name, String value) {
        if (!name.equals(Visit.CSRF_FIELD)) {
            kept.add(new Entry(name, value));
        }
    }
}
