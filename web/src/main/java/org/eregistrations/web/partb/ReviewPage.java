package org.eregistrations.web.partb;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.file.Assignments;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.Revision;
import org.eregistrations.web.partb.DocumentViews.DocumentItem;
import org.eregistrations.web.partb.ReviewViews.SectionItem;
import org.eregistrations.web.partb.ReviewViews.StepItem;
import org.eregistrations.web.partb.ReviewViews.ValueItem;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;
import org.jboss.resteasy.reactive.RestForm;

/** Reviewing a sent file (Part B): the file as sent, its documents, its steps, and a form for each step to decide. */
@Path("/work/files")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {
    private final WorkedFiles files;
    private final ReviewCertificates issued;
    private final Visit visit;
    private final Pages pages;
    private final FileNotes notes;
    private final LocalTimes times;
    private final Assignments assignments;
    private final StepHistory stepHistory;

    ReviewPage(
            WorkedFiles files,
            ReviewCertificates issued,
            Visit visit,
            Pages pages,
            FileNotes notes,
            LocalTimes times,
            Assignments assignments,
            StepHistory stepHistory) {
        this.files = files;
        this.issued = issued;
        this.visit = visit;
        this.pages = pages;
        this.notes = notes;
        this.times = times;
        this.assignments = assignments;
        this.stepHistory = stepHistory;
    }

    /** What the page says about the file: its number and service. */
    public record Header(String id, String number, String service, String status, String statusText) {}

    /** A note between officers as the page shows it. */
    public record NoteItem(String author, String when, String text) {}

    /** A refused decision shown next to its step's form, with the reason as it was entered. */
    public record Problem(
            String step, String textKey, String reason, Map<String, String> entered, Map<String, String> fields) {
        Problem(String step, String textKey, String reason) {
            this(step, textKey, reason, Map.of(), Map.of());
        }
    }

    /**
     * A certificate issued to the file: its PDF, whether this officer may replace it by a signed one, and why an upload
     * was just refused (a text key), if it was.
     */
    public record CertificateItem(
            String id,
            String name,
            String number,
            String issuedOn,
            String href,
            boolean replaceable,
            boolean revoked,
            boolean revocable,
            String problemKey) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(
                PageInfo page,
                Header file,
                List<SectionItem> sections,
                List<ValueItem> computed,
                List<DocumentItem> documents,
                List<List<StepItem>> stages,
                List<CertificateItem> certificates,
                long version,
                Problem problem,
                List<NoteItem> notes);
    }

    @GET
    @Path("{id}")
    public Response showFile(@PathParam("id") UUID id) {
        Caller officer = files.officer();
        return review(files.open(id, officer), officer, null, 200);
    }

    /** An officer's decision on a step of the file; back to the step's queue once it is stored. */
    @POST
    @Path("{id}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("id") UUID id, @PathParam("step") String step, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        Caller officer = files.officer();
        Opened opened = files.open(id, officer);
        String decision = form.getFirst("decision");
        String reason = form.getFirst("reason");
        Map<String, String> entered = StepFormViews.entered(form);
        String refused = files.refusal(
                opened, officer, step, decision, reason, form.getFirst("confirm"), form.getFirst("version"));
        if (refused != null) {
            return review(opened, officer, new Problem(step, refused, reason, entered, Map.of()), Map.of(), 400);
        }
        Map<String, String> problems =
                files.decide(opened, step, decision, reason, StepFormViews.json(entered), officer);
        if (!problems.isEmpty()) {
            return review(
                    opened, officer, new Problem(step, "stepform_refused", reason, entered, problems), Map.of(), 400);
        }
        return pages.redirect("/work/" + opened.file().serviceId() + "/" + step);
    }

    /**
     * An officer's marks at a revision step: for each item ({@code documents.<id>}, {@code receipts.<id>},
     * {@code sections.<id>}) the fields {@code status.<item>} (valid or invalid), {@code reasonType.<item>} and
     * {@code reason.<item>}; items without a status are left as they were.
     */
    @POST
    @Path("{id}/steps/{step}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(
            @PathParam("id") UUID id, @PathParam("step") String step, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        Caller officer = files.officer();
        Opened opened = files.open(id, officer);
        Map<String, Revision.Mark> marks = RevisionForm.marks(form);
        String refused = files.review(opened, step, marks, form.getFirst("version"), officer);
        if (refused != null) {
            return review(opened, officer, new Problem(step, refused, null), marks, 400);
        }
        return pages.redirect("/work/files/" + id + "#step-" + step);
    }

    /** A note for the file's other officers; back to the notes once it is kept. */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") UUID id, @RestForm String text, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller officer = files.officer();
        Opened opened = files.open(id, officer);
        if (!FileNotes.acceptable(text)) {
            return review(opened, officer, new Problem("notes", "notes_invalid", text), Map.of(), 400);
        }
        notes.add(id, officer.user(), text);
        return pages.redirect("/work/files/" + id + "#notes");
    }

    /** The page of an opened file with a refused form's problem, answered with {@code status}. */
    Response review(Opened opened, Caller officer, Problem problem, int status) {
        return review(opened, officer, problem, Map.of(), status);
    }

    static Header header(Opened opened, String lang) {
        FileRecord record = FileRecord.findById(opened.file().id());
        return new Header(
                opened.file().id().toString(),
                FileNumbers.of(record),
                opened.catalogue().name().in(lang),
                opened.file().status().name(),
                Texts.get(lang, "status_" + opened.file().status()));
    }

    private Response review(
            Opened opened, Caller officer, Problem problem, Map<String, Revision.Mark> entered, int status) {
        String lang = visit.language().code();
        ReviewViews views = new ReviewViews(opened, lang)
                .withOfficers(assignments::assignable)
                .withHistory(stepHistory.of(opened.file().id(), lang));
        Header header = header(opened, lang);
        return pages.html(
                Templates.review(
                        visit.info(),
                        header,
                        views.sections(),
                        views.computed(),
                        new DocumentViews(opened, lang).documents(),
                        views.stages(views.steps(officer, entered, problem)),
                        issued.items(opened, officer, lang, problem),
                        opened.file().version(),
                        problem,
                        notes.of(opened.file().id()).stream()
                                .map(note -> new NoteItem(note.author(), times.minute(note.writtenAt()), note.text()))
                                .toList()),
                status);
    }
}
