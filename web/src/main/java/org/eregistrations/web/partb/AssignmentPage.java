package org.eregistrations.web.partb;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;

/** The forms of the review page that say who holds a file at an assignable step: take it, give it to another. */
@Path("/work/files")
@Produces(MediaType.TEXT_HTML)
public class AssignmentPage {
    private final WorkedFiles files;
    private final AssignedFiles assigned;
    private final Visit visit;
    private final Pages pages;

    AssignmentPage(WorkedFiles files, AssignedFiles assigned, Visit visit, Pages pages) {
        this.files = files;
        this.assigned = assigned;
        this.visit = visit;
        this.pages = pages;
    }

    /** A dispatcher gives the file at an assignable step to another officer who holds the step's role. */
    @POST
    @Path("{id}/steps/{step}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(
            @PathParam("id") UUID id,
            @PathParam("step") String step,
            @RestForm String officer,
            @RestForm String version,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller dispatcher = files.officer();
        assigned.reassign(files.open(id, dispatcher), step, officer, version, dispatcher);
        return pages.redirect("/work/files/" + id + "#step-" + step);
    }

    /** An officer takes the file at an assignable step: only they decide it from now on. */
    @POST
    @Path("{id}/steps/{step}/take")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response take(
            @PathParam("id") UUID id,
            @PathParam("step") String step,
            @RestForm String version,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller officer = files.officer();
        assigned.take(files.open(id, officer), step, version, officer);
        return pages.redirect("/work/files/" + id);
    }
}
