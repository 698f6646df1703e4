package org.eregistrations.web.parta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.parta.FileHeaders.Header;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;

/**
 * The receipt of a sent file, as a page and as a PDF: its number, the service, when it was received, who sent it,
 * the registrations asked for, the documents sent and the amount paid — what an investor shows at a counter.
 */
@Path("/files")
public class ReceiptPage {
    private final OwnFiles files;
    private final FileStore store;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    ReceiptPage(OwnFiles files, FileStore store, LocalTimes times, Visit visit, Pages pages) {
        this.files = files;
        this.store = store;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** A labelled line of the receipt. */
    public record Line(String label, String value) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(PageInfo page, Header file, String number, List<Line> lines);
    }

    @GET
    @Path("{id}/receipt")
    @Produces(MediaType.TEXT_HTML)
    public Response showReceipt(@PathParam("id") UUID id) {
        Opened opened = sent(id);
        String lang = visit.language().code();
        return pages.html(Templates.receipt(
                visit.info(), new FileHeaders(opened, lang).header(""), number(id), lines(opened, lang)));
    }

    @GET
    @Path("{id}/receipt.pdf")
    @Produces("application/pdf")
    public Response downloadReceipt(@PathParam("id") UUID id) {
        Opened opened = sent(id);
        String lang = visit.language().code();
        byte[] pdf = CertificatePdf.render(
                Texts.get(lang, "receipt_title"),
                number(id),
                lines(opened, lang).stream()
                        .map(line -> new CertificatePdf.Line(line.label(), line.value()))
                        .toList());
        return Response.ok(pdf)
                .type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + number(id) + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The investor's own file once it was sent; a draft has no receipt. */
    private Opened sent(UUID id) {
        Opened opened = files.open(id);
        FileStatus status = opened.file().status();
        if (status == FileStatus.DRAFT || status == FileStatus.DISCARDED) {
            throw new PageNotFoundException();
        }
        return opened;
    }

    private static String number(UUID id) {
        FileRecord record = FileRecord.findById(id);
        return FileNumbers.of(record);
    }

    private List<Line> lines(Opened opened, String lang) {
        var catalogue = opened.catalogue();
        var sets = opened.file().derivation().sets();
        List<String> requested = sets.getOrDefault(DerivedSet.REGISTRATIONS_REQUESTED.key(), List.of());
        String registrations = String.join(
                ", ",
                catalogue.registrations().stream()
                        .filter(r -> requested.contains(r.id()))
                        .map(r -> r.name().in(lang))
                        .toList());
        String prefix = PropertyPath.Uploads.REQUIREMENT.namespace() + ".";
        String documents = String.join(
                ", ",
                catalogue.requirements().stream()
                        .filter(r -> opened.file().values().containsKey(prefix + r.id()))
                        .map(r -> r.name().in(lang))
                        .toList());
        String received = store.readEvents(opened.file().id(), new PropertyPath.Status().format()).stream()
                .filter(event -> event.value() != null && event.value().asText().equals("SUBMITTED"))
                .findFirst()
                .map(event -> times.minute(event.at()))
                .orElse("");
        return List.of(
                new Line(Texts.get(lang, "receipt_service"), catalogue.name().in(lang)),
                new Line(Texts.get(lang, "receipt_received"), received),
                new Line(Texts.get(lang, "receipt_applicant"), visit.login().displayName()),
                new Line(Texts.get(lang, "receipt_registrations"), registrations),
                new Line(Texts.get(lang, "receipt_documents"), documents),
                new Line(
                        Texts.get(lang, "receipt_total"),
                        Costs.money(opened.file().derivation().total(), catalogue, lang)));
    }
}
