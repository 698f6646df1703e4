package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNotFoundException;
import org.eregistrations.web.file.FileSchema;
import org.eregistrations.web.file.FileService;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.InvalidValueException;
import org.eregistrations.web.file.NotSendableException;
import org.eregistrations.web.parta.FileViews.ComputedItem;
import org.eregistrations.web.parta.FileViews.CostItem;
import org.eregistrations.web.parta.FileViews.Header;
import org.eregistrations.web.parta.FileViews.MissingItem;
import org.eregistrations.web.parta.FileViews.RegistrationItem;
import org.eregistrations.web.parta.FileViews.RequirementItem;
import org.eregistrations.web.parta.FileViews.Section;
import org.eregistrations.web.parta.FileViews.StepItem;
import org.eregistrations.web.parta.FileViews.UploadItem;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.Links;
import org.eregistrations.web.site.PageConflictException;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.eregistrations.web.store.FileRecord;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The investor's pages of a file (Part A): My files, the guide (live with htmx, and a plain form post without
 * JavaScript), data forms, documents, payments, submission and sending, and the file after sending. Every page checks
 * that the file is the visitor's, every form its CSRF token; every change is an event with the user and the login
 * session.
 */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class FilePages {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final FileService files;
    private final PublishedServices services;
    private final Visit visit;
    private final Pages pages;
    private final long maxUploadBytes;

    FilePages(FileService files, PublishedServices services, Visit visit, Pages pages, AppConfig config) {
        this.files = files;
        this.services = services;
        this.visit = visit;
        this.pages = pages;
        this.maxUploadBytes = config.maxUploadBytes();
    }

    /** A file in My files. */
    public record FileItem(
            String id, String service, String status, String statusText, String next, String href, String created) {}

    /** A service a new file can be started for. */
    public record ServiceChoice(String id, String name) {}

    /** A certificate of an approved file. */
    public record CertificateItem(String id, String name, String href) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tabs(PageInfo page, Header file);

        static native TemplateInstance list(PageInfo page, List<FileItem> files, List<ServiceChoice> services);

        static native TemplateInstance guide(
                PageInfo page,
                Header file,
                List<Input> questions,
                List<RegistrationItem> registrations,
                List<RequirementItem> requirements,
                List<CostItem> costs,
                String total);

        static native TemplateInstance guide$results(
                PageInfo page,
                Header file,
                List<Input> questions,
                List<RegistrationItem> registrations,
                List<RequirementItem> requirements,
                List<CostItem> costs,
                String total);

        static native TemplateInstance data(
                PageInfo page, Header file, List<Section> sections, List<ComputedItem> computed, boolean invalid);

        static native TemplateInstance data$sections(
                PageInfo page, Header file, List<Section> sections, List<ComputedItem> computed, boolean invalid);

        static native TemplateInstance uploads(
                PageInfo page,
                Header file,
                List<UploadItem> uploads,
                String namespace,
                List<CostItem> costs,
                String total,
                String maxSize);

        static native TemplateInstance send(
                PageInfo page,
                Header file,
                List<Section> sections,
                boolean affidavitSigned,
                String affidavit,
                List<MissingItem> missing,
                boolean complete,
                boolean invalid);

        static native TemplateInstance overview(
                PageInfo page,
                Header file,
                List<StepItem> steps,
                List<CertificateItem> certificates,
                List<MissingItem> missing);
    }

    // ---- My files ----

    @GET
    public Response showFiles() {
        Caller caller = visit.caller();
        String lang = lang();
        List<FileItem> items = new ArrayList<>();
        for (FileRecord file : files.listOwn(caller)) {
            String service = services.find(file.serviceId)
                    .map(s -> s.catalogue().name().in(lang))
                    .orElse(file.serviceId);
            items.add(new FileItem(
                    file.id.toString(),
                    service,
                    file.status,
                    Texts.get(lang, "status_" + file.status),
                    Texts.get(lang, "next_" + file.status),
                    "/files/" + file.id + (file.status.equals("DRAFT") ? "/guide" : ""),
                    file.createdAt == null ? "" : DAY.format(file.createdAt)));
        }
        List<ServiceChoice> choices = services.all().stream()
                .filter(s -> !s.retired())
                .map(s -> new ServiceChoice(
                        s.catalogue().id(), s.catalogue().name().in(lang)))
                .toList();
        return pages.html(Templates.list(visit.info(), items, choices));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startFile(@RestForm String serviceId, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller caller = visit.caller();
        try {
            UUID id = files.createFile(serviceId, caller).id();
            return pages.redirect("/files/" + id + "/guide");
        } catch (InvalidValueException e) {
            throw new PageNotFoundException();
        }
    }

    // ---- guide (step 0) ----

    @GET
    @Path("{id}/guide")
    public Response showGuide(@PathParam("id") UUID id) {
        return guide(open(id), Map.of(), Map.of(), false, 200);
    }

    @POST
    @Path("{id}/guide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveGuide(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        Opened opened = open(id);
        FileViews views = views(opened);
        List<String> shown = new ArrayList<>();
        views.questions(Map.of(), Map.of()).forEach(q -> shown.add(q.name()));
        Set<String> checkboxes = views.registrations(Map.of()).stream()
                .filter(r -> !r.mandatory())
                .map(RegistrationItem::input)
                .collect(Collectors.toSet());
        shown.addAll(checkboxes);
        views.requirements(Map.of(), Map.of()).stream()
                .filter(r -> r.choice() != null)
                .forEach(r -> shown.add(r.choice().name()));
        // an answer can make further questions, registrations or choices apply within the same post
        form.keySet().stream()
                .filter(k -> k.startsWith("guide.") || k.startsWith("registrations.") || k.startsWith("requirements."))
                .filter(k -> !shown.contains(k))
                .forEach(shown::add);
        FormReader.Read read = reader(opened)
                .read(single(form), shown, checkboxes, opened.file().values());
        if (!save(opened, read.changes())) {
            return changedElsewhere(guide(open(id), kept(read, form), read.problems(), false, 409));
        }
        if (visit.partial()) {
            // the page swaps only the derived part (registrations, requirements, costs), so typing in a question is
            // never overwritten; when the questions themselves changed, or a value was refused, all of the results
            Opened after = open(id);
            Response results = guide(after, read.entered(), read.problems(), true, 200);
            List<String> before = views.questions(Map.of(), Map.of()).stream()
                    .map(Input::name)
                    .toList();
            List<String> now = views(after).questions(Map.of(), Map.of()).stream()
                    .map(Input::name)
                    .toList();
            return retarget(results, now.equals(before) && read.problems().isEmpty(), "#results");
        }
        if (!read.problems().isEmpty()) {
            return guide(open(id), read.entered(), read.problems(), false, 400);
        }
        return pages.redirect(next(id, form, "guide"));
    }

    private Response guide(
            Opened opened, Map<String, String> entered, Map<String, String> problems, boolean partial, int status) {
        FileViews views = views(opened);
        Header header = views.header("guide", status == 409);
        List<Input> questions = views.questions(entered, problems);
        List<RegistrationItem> registrations = views.registrations(entered);
        List<RequirementItem> requirements = views.requirements(entered, problems);
        List<CostItem> costs = views.costs();
        TemplateInstance page = partial
                ? Templates.guide$results(
                        visit.info(), header, questions, registrations, requirements, costs, views.total())
                : Templates.guide(visit.info(), header, questions, registrations, requirements, costs, views.total());
        return partial ? pages.html(page, Templates.tabs(visit.info(), header)) : pages.html(page, status);
    }

    // ---- data forms (step 1) ----

    @GET
    @Path("{id}/data")
    public Response showData(@PathParam("id") UUID id, @QueryParam("add") String add) {
        Map<String, Integer> extra = add == null ? Map.of() : Map.of(add, 1);
        return data(open(id), Map.of(), Map.of(), extra, false, 200);
    }

    @POST
    @Path("{id}/data")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveData(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        Opened opened = open(id);
        FileViews views = views(opened);
        List<String> shownBefore = views.paths(views.sections(false, Map.of(), Map.of(), Map.of()));
        List<String> shown = new ArrayList<>(shownBefore);
        // entries added on the page (one more row than stored) are posted too
        form.keySet().stream()
                .filter(k -> k.startsWith("dataForms.") && !shown.contains(k))
                .forEach(shown::add);
        FormReader.Read read =
                reader(opened).read(single(form), shown, Set.of(), opened.file().values());
        Map<String, JsonNode> changes = new LinkedHashMap<>(read.changes());
        String action = form.getFirst("action");
        if (action != null && action.startsWith("remove:")) {
            removeEntry(opened, views, action, changes, single(form));
        }
        if (!save(opened, changes)) {
            return changedElsewhere(data(open(id), kept(read, form), read.problems(), Map.of(), false, 409));
        }
        if (visit.partial()) {
            // only the computed values are swapped, unless sections or fields came or went, or a value was refused
            Opened after = open(id);
            Response sections = data(after, read.entered(), read.problems(), Map.of(), true, 200);
            FileViews now = views(after);
            boolean same =
                    now.paths(now.sections(false, Map.of(), Map.of(), Map.of())).equals(shownBefore);
            return retarget(sections, same && read.problems().isEmpty(), "#sections");
        }
        if (!read.problems().isEmpty()) {
            return data(open(id), read.entered(), read.problems(), Map.of(), false, 400);
        }
        if (action != null && action.startsWith("add:") && isList(opened, action.substring(4))) {
            return pages.redirect(
                    "/files/" + id + "/data?add=" + Links.encode(action.substring(4)) + "#list-" + action.substring(4));
        }
        return pages.redirect(next(id, form, "data"));
    }

    /** Whether a name is a list of the file's data forms: only such a list gets an entry added (any other is ignored). */
    private static boolean isList(Opened opened, String name) {
        return opened.catalogue()
                .field(name)
                .filter(field -> field.type() == FieldType.LIST)
                .isPresent();
    }

    /** Removes entry n of a list: later entries move up one, the last one is removed. */
    private static void removeEntry(
            Opened opened, FileViews views, String action, Map<String, JsonNode> changes, Map<String, String> posted) {
        String[] parts = action.split(":");
        if (parts.length != 3 || !parts[2].matches("\\d{1,4}")) {
            return;
        }
        String list = parts[1];
        int removed = Integer.parseInt(parts[2]);
        int count = Math.max(views.entries(list), removed + 1);
        String prefix = "dataForms." + list + "[";
        Map<String, JsonNode> values = new HashMap<>(opened.file().values());
        values.putAll(changes);
        Set<String> subFields = new java.util.TreeSet<>();
        values.keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .forEach(k -> subFields.add(k.substring(k.indexOf("].") + 2)));
        posted.keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .forEach(k -> subFields.add(k.substring(k.indexOf("].") + 2)));
        for (int i = removed; i < count; i++) {
            for (String sub : subFields) {
                String here = prefix + i + "]." + sub;
                JsonNode next = i + 1 < count ? values.get(prefix + (i + 1) + "]." + sub) : null;
                if (next != null) {
                    changes.put(here, next);
                } else if (values.get(here) != null || changes.containsKey(here)) {
                    changes.put(here, null);
                }
            }
        }
        changes.entrySet()
                .removeIf(e -> e.getValue() == null && opened.file().values().get(e.getKey()) == null);
    }

    private Response data(
            Opened opened,
            Map<String, String> entered,
            Map<String, String> problems,
            Map<String, Integer> extra,
            boolean partial,
            int status) {
        FileViews views = views(opened);
        Header header = views.header("data", status == 409);
        List<Section> sections = views.sections(false, entered, problems, extra);
        boolean invalid = !problems.isEmpty();
        TemplateInstance page = partial
                ? Templates.data$sections(visit.info(), header, sections, views.computed(), invalid)
                : Templates.data(visit.info(), header, sections, views.computed(), invalid);
        return partial ? pages.html(page, Templates.tabs(visit.info(), header)) : pages.html(page, status);
    }

    // ---- documents (step 2) and payments (step 3) ----

    /** The documents (step 2) or payments (step 3) page. */
    @GET
    @Path("{id}/{tab: documents|payments}")
    public Response showUploads(@PathParam("id") UUID id, @PathParam("tab") String tab) {
        return uploads(open(id), namespace(tab), Map.of(), 200);
    }

    @POST
    @Path("{id}/{tab: documents|payments}/{upload}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @PathParam("id") UUID id,
            @PathParam("tab") String tab,
            @PathParam("upload") String upload,
            @RestForm("document") FileUpload document,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        return store(id, namespace(tab), upload, document, csrf);
    }

    /** Documents are requirement uploads; payments are receipt uploads. */
    private static String namespace(String tab) {
        return tab.equals("documents") ? "requirementUploads" : "paymentReceiptUploads";
    }

    private Response store(UUID id, String namespace, String upload, FileUpload document, String csrf) {
        visit.checkCsrf(csrf);
        Caller caller = visit.caller();
        Opened opened = open(id);
        String tab = namespace.equals("requirementUploads") ? "documents" : "payments";
        String problem = null;
        if (document == null || document.uploadedFile() == null) {
            problem = Texts.get(lang(), "error_upload_none");
        } else {
            try {
                call(() -> files.upload(
                        id,
                        opened.file().version(),
                        namespace,
                        upload,
                        document.uploadedFile(),
                        safeName(document.fileName()),
                        caller));
            } catch (InvalidValueException e) {
                problem = e.getMessage().contains("is not asked")
                        ? Texts.get(lang(), "error_upload_not_asked")
                        : e.getMessage().contains("bytes")
                                ? Texts.get(lang(), "error_upload_size", "max", maxSize())
                                : Texts.get(lang(), "error_upload_type");
            } catch (ConcurrentChangeException e) {
                problem = Texts.get(lang(), "error_concurrent");
            }
        }
        if (problem != null) {
            return uploads(open(id), namespace, Map.of(upload, problem), 400);
        }
        return pages.redirect("/files/" + id + "/" + tab + "#u-" + upload);
    }

    @GET
    @Path("{id}/{tab: documents|payments}/{upload}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response download(
            @PathParam("id") UUID id, @PathParam("tab") String tab, @PathParam("upload") String upload) {
        return serve(id, namespace(tab), upload);
    }

    private Response serve(UUID id, String namespace, String upload) {
        Caller caller = visit.caller();
        open(id);
        FileService.Document document = call(() -> files.readDocument(id, namespace, upload, caller));
        return Response.ok(document.content().toFile())
                .type(document.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + safeName(document.name()) + "\"")
                .header(
                        "Content-Security-Policy",
                        "sandbox; default-src 'none'; img-src 'self'; plugin-types application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private Response uploads(Opened opened, String namespace, Map<String, String> problems, int status) {
        FileViews views = views(opened);
        boolean receipts = namespace.equals("paymentReceiptUploads");
        Header header = views.header(receipts ? "payments" : "documents");
        List<UploadItem> items = receipts ? views.receiptUploads(problems) : views.requirementUploads(problems);
        List<CostItem> costs = receipts ? views.costs() : List.of();
        return pages.html(
                Templates.uploads(visit.info(), header, items, namespace, costs, views.total(), maxSize()), status);
    }

    // ---- submission and sending ----

    @GET
    @Path("{id}/send")
    public Response showSend(@PathParam("id") UUID id) {
        return send(open(id), Map.of(), Map.of(), 200);
    }

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAndSend(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        Caller caller = visit.caller();
        Opened opened = open(id);
        FileViews views = views(opened);
        List<String> shown = views.paths(views.sections(true, Map.of(), Map.of(), Map.of()));
        shown.add(FileSchema.AFFIDAVIT);
        FormReader.Read read = reader(opened)
                .read(
                        single(form),
                        shown,
                        Set.of(FileSchema.AFFIDAVIT),
                        opened.file().values());
        if (!save(opened, read.changes())) {
            return send(open(id), kept(read, form), read.problems(), 409);
        }
        if (!read.problems().isEmpty()) {
            return send(open(id), read.entered(), read.problems(), 400);
        }
        if ("send".equals(form.getFirst("action"))) {
            Opened saved = open(id);
            try {
                call(() -> saved.file().status().equals(FileStatus.SENT_BACK.name())
                        ? files.resubmit(id, saved.file().version(), caller)
                        : files.send(id, saved.file().version(), caller));
            } catch (NotSendableException e) {
                return send(open(id), Map.of(), Map.of(), 400);
            } catch (ConcurrentChangeException e) {
                return send(open(id), Map.of(), Map.of(), 409);
            }
            return pages.redirect("/files/" + id + "?sent=1");
        }
        return pages.redirect("/files/" + id + "/send");
    }

    private Response send(Opened opened, Map<String, String> entered, Map<String, String> problems, int status) {
        FileViews views = views(opened);
        JsonNode signed = opened.file().values().get(FileSchema.AFFIDAVIT);
        boolean affidavit = entered.containsKey(FileSchema.AFFIDAVIT)
                ? "true".equals(entered.get(FileSchema.AFFIDAVIT))
                : signed != null && signed.asBoolean();
        return pages.html(
                Templates.send(
                        visit.info(),
                        views.header("send", status == 409),
                        views.sections(true, entered, problems, Map.of()),
                        affidavit,
                        opened.catalogue().affidavit() == null
                                ? ""
                                : opened.catalogue().affidavit().in(lang()),
                        views.missing(),
                        opened.file().derivation().complete(),
                        !problems.isEmpty()),
                status);
    }

    // ---- the file after sending ----

    @GET
    @Path("{id}")
    public Response showFile(@PathParam("id") UUID id) {
        Opened opened = open(id);
        FileViews views = views(opened);
        List<CertificateItem> certificates = opened.file().status().equals(FileStatus.APPROVED.name())
                ? views.certificates().stream()
                        .map(c ->
                                new CertificateItem(c, views.certificateName(c), "/files/" + id + "/certificates/" + c))
                        .toList()
                : List.of();
        return pages.html(
                Templates.overview(visit.info(), views.header(""), views.steps(), certificates, views.missing()));
    }

    /** A certificate of an approved file, as a PDF. */
    @GET
    @Path("{id}/certificates/{certificate}")
    @Produces("application/pdf")
    public Response downloadCertificate(@PathParam("id") UUID id, @PathParam("certificate") String certificate) {
        Opened opened = open(id);
        FileViews views = views(opened);
        if (!opened.file().status().equals(FileStatus.APPROVED.name())
                || !views.certificates().contains(certificate)) {
            throw new PageNotFoundException();
        }
        String lang = lang();
        var catalogue = opened.catalogue();
        String institution = catalogue.certificates().stream()
                .filter(c -> c.id().equals(certificate))
                .findFirst()
                .flatMap(c -> catalogue.institutions().stream()
                        .filter(i -> i.id().equals(c.institution()))
                        .findFirst())
                .map(i -> i.name().in(lang))
                .orElse("");
        JsonNode company = opened.file().values().get("dataForms.companyName");
        FileRecord record = FileRecord.findById(id);
        byte[] pdf = CertificatePdf.render(
                Texts.get(lang, "certificate_title"),
                views.certificateName(certificate),
                List.of(
                        new CertificatePdf.Line(
                                Texts.get(lang, "certificate_holder"),
                                company != null
                                        ? company.asText()
                                        : visit.login().displayName()),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_institution"), institution),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_file"), id.toString()),
                        new CertificatePdf.Line(
                                Texts.get(lang, "certificate_date"),
                                record.updatedAt == null
                                        ? ""
                                        : DAY.format(record.updatedAt).substring(0, 10))));
        return Response.ok(pdf)
                .type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + certificate + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    // ---- helpers ----

    /** A partial answer swaps its usual target, or (htmx response headers) a larger part of the page. */
    private static Response retarget(Response partial, boolean usual, String larger) {
        if (usual) {
            return partial;
        }
        return Response.fromResponse(partial)
                .header("HX-Retarget", larger)
                .header("HX-Reselect", larger)
                .build();
    }

    private Opened open(UUID id) {
        Caller caller = visit.caller();
        Opened opened = call(() -> files.open(id, caller));
        if (!opened.file().owner().equals(caller.user())) {
            throw new PageNotFoundException(); // the investor pages are the owner's; officers work files in Part B
        }
        return opened;
    }

    /**
     * Stores changes with the file's version; when someone else wrote in between, reads the version again. False when
     * the file still changed elsewhere at the last attempt: then nothing of the changes is stored.
     */
    private boolean save(Opened opened, Map<String, JsonNode> changes) {
        if (changes.isEmpty()) {
            return true;
        }
        Caller caller = visit.caller();
        long version = opened.file().version();
        for (int attempt = 0; ; attempt++) {
            long expected = version;
            try {
                call(() -> files.changeValues(opened.file().id(), expected, changes, caller));
                return true;
            } catch (ConcurrentChangeException e) {
                if (attempt == 2) {
                    return false;
                }
                version = files.open(opened.file().id(), caller).file().version();
            }
        }
    }

    /** What the visitor entered for every property the refused post would have changed, to show it again. */
    private static Map<String, String> kept(FormReader.Read read, MultivaluedMap<String, String> form) {
        Map<String, String> posted = single(form);
        Map<String, String> kept = new LinkedHashMap<>(read.entered());
        read.changes().keySet().forEach(path -> kept.put(path, posted.getOrDefault(path, "")));
        return kept;
    }

    /**
     * The page again with the visitor's entries and the notice that nothing was saved. For the page's script the
     * whole of the page's main part is swapped, since the notice sits above the part it usually swaps.
     */
    private Response changedElsewhere(Response page) {
        if (!visit.partial()) {
            return page;
        }
        return Response.fromResponse(page)
                .status(200)
                .header("HX-Retarget", "#main")
                .header("HX-Reselect", "#main")
                .build();
    }

    /** Runs a file operation; a file that is not the visitor's is a page that does not exist. */
    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (FileNotFoundException e) {
            throw new PageNotFoundException();
        } catch (IllegalTransitionException e) {
            throw new PageConflictException(e.getMessage());
        }
    }

    private String next(UUID id, MultivaluedMap<String, String> form, String here) {
        String go = form.getFirst("go");
        if (go != null && FileViews.TABS.contains(go)) {
            return "/files/" + id + "/" + go;
        }
        return "/files/" + id + "/" + here;
    }

    private FileViews views(Opened opened) {
        return new FileViews(opened, lang());
    }

    private FormReader reader(Opened opened) {
        return new FormReader(opened.catalogue(), lang());
    }

    private String lang() {
        return visit.language().code();
    }

    private String maxSize() {
        return (maxUploadBytes / (1024 * 1024)) + " MB";
    }

    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> {
            if (!list.isEmpty()) {
                values.put(key, list.get(list.size() - 1));
            }
        });
        return values;
    }

    /** A file name safe to show and to put in a header: no path, no quotes or control characters. */
    static String safeName(String name) {
        if (name == null) {
            return "document";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';]", "_");
        return base.isBlank() ? "document" : base.length() > 120 ? base.substring(0, 120) : base;
    }
}
