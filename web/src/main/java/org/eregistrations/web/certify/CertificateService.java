package org.eregistrations.web.certify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.file.AccessDeniedException;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.DocumentType;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileState;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/**
 * The issued certificates as the pages show them: a file's (to whom the page has already let see the file), their
 * PDFs, an officer's signed PDF replacing one, and the public verification by code.
 */
@ApplicationScoped
public class CertificateService {
    /** The cause of the event that records a revocation. */
    public static final String CAUSE_REVOCATION = "revocation";

    /** The longest reason of a revocation, in characters. */
    static final int LONGEST_REASON = 500;

    private final CertificateRows rows;
    private final CertificateFiles files;
    private final FileStore store;
    private final PublishedServices services;
    private final long maxUploadBytes;

    CertificateService(
            CertificateRows rows,
            CertificateFiles files,
            FileStore store,
            PublishedServices services,
            AppConfig config) {
        this.rows = rows;
        this.files = files;
        this.store = store;
        this.services = services;
        this.maxUploadBytes = config.maxUploadBytes();
    }

    /** A certificate as the public verification page shows it: its name in each language, and nothing of the file. */
    public record Verification(IssuedCertificate certificate, Labels name) {}

    /** The certificates issued to an opened file. */
    public List<IssuedCertificate> issued(Opened opened) {
        return rows.listByFile(opened.file().id());
    }

    /** The PDF of a certificate issued to an opened file. */
    public Optional<Path> pdf(Opened opened, String certificateId) {
        return find(opened, certificateId).map(c -> files.read(c.pdfSha256()));
    }

    /** Whether the officer works the step that issued a certificate, and so may replace its PDF. */
    public boolean replaceable(Opened opened, IssuedCertificate certificate, Caller officer) {
        return opened.catalogue().processingSteps().stream()
                .filter(step -> step.id().equals(certificate.step()))
                .anyMatch(officer::works);
    }

    /**
     * Replaces a certificate's PDF by one the officer signed: a PDF (by its first bytes) of at most the upload limit;
     * an event of the file keeps the old one in its history. Refused when the officer does not work the issuing step;
     * {@code upload} is null when no file was chosen.
     */
    @Transactional
    public IssuedCertificate replacePdf(Opened opened, String certificateId, Path upload, Caller officer) {
        IssuedCertificate issued = find(opened, certificateId)
                .orElseThrow(() -> new CertificateUploadException("certify_upload_not_issued", "not issued"));
        if (!replaceable(opened, issued, officer)) {
            throw new AccessDeniedException("certificate '" + certificateId + "' is issued by step '" + issued.step()
                    + "', which this officer does not work");
        }
        if (upload == null) {
            throw new CertificateUploadException("certify_upload_none", "no file chosen");
        }
        long size = size(upload);
        if (size == 0 || size > maxUploadBytes) {
            throw new CertificateUploadException("certify_upload_size", "size " + size);
        }
        if (DocumentType.of(upload).filter(type -> type == DocumentType.PDF).isEmpty()) {
            throw new CertificateUploadException("certify_upload_not_pdf", "not a PDF");
        }
        String sha256 = files.store(readAll(upload));
        IssuedCertificate signed = new IssuedCertificate(
                issued.code(),
                issued.fileId(),
                issued.serviceId(),
                issued.certificateId(),
                issued.number(),
                issued.holder(),
                issued.issuedAt(),
                issued.issuedBy(),
                issued.step(),
                issued.status(),
                sha256);
        rows.replacePdf(issued.code(), sha256);
        FileRecord file = store.findFile(issued.fileId()).orElseThrow();
        PropertyChange change = new PropertyChange(
                new PropertyPath.IssuedCertificate(certificateId).format(), CertificateIssuing.event(signed, true));
        store.appendChanges(
                file.id,
                store.readState(file.id).version(),
                List.of(change),
                officer.actor(),
                file.rulesetVersion,
                CertificateIssuing.CAUSE);
        return signed;
    }

    /** Whether the caller may revoke a certificate: who works its issuing step, or a supervisor of that step. */
    public boolean revocable(Opened opened, IssuedCertificate certificate, Caller caller) {
        return certificate.status() == IssuedCertificate.Status.VALID
                && opened.catalogue().processingSteps().stream()
                        .filter(step -> step.id().equals(certificate.step()))
                        .anyMatch(
                                step -> caller.works(step) || (caller.has(Caller.SUPERVISOR) && caller.oversees(step)));
    }

    /**
     * Revokes a certificate with a reason: the verification page says so from now on, and the file's event
     * {@code certificates.<id>} records who, when and why (cause {@code revocation}). Refused without a reason, for a
     * certificate revoked already, and for anyone who may not revoke it.
     */
    @Transactional
    public void revoke(Opened opened, String certificateId, String reason, Caller caller) {
        IssuedCertificate issued = find(opened, certificateId)
                .orElseThrow(() -> new CertificateUploadException("certify_upload_not_issued", "not issued"));
        if (issued.status() != IssuedCertificate.Status.VALID) {
            throw new CertificateUploadException("certify_revoke_already", "revoked already");
        }
        if (!revocable(opened, issued, caller)) {
            throw new AccessDeniedException("certificate '" + certificateId + "' is issued by step '" + issued.step()
                    + "', which this officer may not revoke");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > LONGEST_REASON) {
            throw new CertificateUploadException("certify_revoke_reason", "reason of " + why.length() + " chars");
        }
        if (!rows.revoke(issued.code())) {
            throw new CertificateUploadException("certify_revoke_already", "revoked meanwhile");
        }
        String path = new PropertyPath.IssuedCertificate(certificateId).format();
        FileState state = store.readState(issued.fileId());
        ObjectNode revoked = state.values().get(path) instanceof ObjectNode before
                ? before.deepCopy()
                : CertificateIssuing.event(issued, false);
        revoked.put("status", IssuedCertificate.Status.REVOKED.name())
                .put("revokedAt", Instant.now().toString())
                .put("revokedBy", caller.user())
                .put("reason", why);
        FileRecord file = store.findFile(issued.fileId()).orElseThrow();
        store.appendChanges(
                file.id,
                state.version(),
                List.of(new PropertyChange(path, revoked)),
                caller.actor(),
                file.rulesetVersion,
                CAUSE_REVOCATION);
    }

    /** The certificate of a verification code, if the code is one. */
    public Optional<Verification> verify(String code) {
        if (!VerificationCodes.wellFormed(code)) {
            return Optional.empty();
        }
        return rows.findByCode(code).map(c -> new Verification(c, name(c)));
    }

    private Labels name(IssuedCertificate certificate) {
        return services.find(certificate.serviceId())
                .flatMap(service -> service.catalogue().certificate(certificate.certificateId()))
                .map(c -> c.name())
                .orElse(new Labels(Map.of("en", certificate.certificateId())));
    }

    private Optional<IssuedCertificate> find(Opened opened, String certificateId) {
        return issued(opened).stream()
                .filter(c -> c.certificateId().equals(certificateId))
                .findFirst();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
