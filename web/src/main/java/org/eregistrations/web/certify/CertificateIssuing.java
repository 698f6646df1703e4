package org.eregistrations.web.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Certificate;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Mails;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.StepApproved;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/**
 * Issues the certificates of an approved step in the approval's transaction: each certificate the step issues and the
 * file gets, not issued to it before, gets the next number of its sequence, a verification code and its PDF; a row of
 * {@code certificate} and an event {@code certificates.<id>} of the file record it.
 */
@ApplicationScoped
class CertificateIssuing {
    static final String CAUSE = "certificate";

    private final CertificateRows rows;
    private final CertificateFiles files;
    private final FileStore store;
    private final Accounts accounts;
    private final Mails mails;
    private final LocalTimes times;

    CertificateIssuing(
            CertificateRows rows,
            CertificateFiles files,
            FileStore store,
            Accounts accounts,
            Mails mails,
            LocalTimes times) {
        this.rows = rows;
        this.files = files;
        this.store = store;
        this.accounts = accounts;
        this.mails = mails;
        this.times = times;
    }

    void issue(@Observes StepApproved approved) {
        FileView file = approved.file();
        Catalogue catalogue = approved.catalogue();
        Set<String> issued = rows.listByFile(file.id()).stream()
                .map(IssuedCertificate::certificateId)
                .collect(Collectors.toSet());
        // sorted, so that two approvals lock the sequences in the same order and never wait for each other
        List<Certificate> due = approved.step().issues().stream()
                .filter(id -> approved.applicableCertificates().contains(id) && !issued.contains(id))
                .sorted()
                .flatMap(id -> catalogue.certificate(id).stream())
                .toList();
        if (due.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<PropertyChange> changes = new ArrayList<>();
        for (Certificate certificate : due) {
            IssuedCertificate made = issue(approved, certificate, now);
            changes.add(new PropertyChange(
                    new PropertyPath.IssuedCertificate(certificate.id()).format(), event(made, false)));
        }
        store.appendChanges(
                file.id(), file.version(), changes, approved.officer().actor(), file.rulesetVersion(), CAUSE);
    }

    private IssuedCertificate issue(StepApproved approved, Certificate certificate, Instant now) {
        FileView file = approved.file();
        int year = now.atZone(times.zone()).getYear();
        var pattern = certificate.numberPattern();
        long sequence = rows.nextSequence(file.serviceId(), certificate.id(), pattern.hasYear() ? year : 0);
        String number = pattern.format(year, sequence);
        if (rows.numberTaken(file.serviceId(), certificate.id(), number)) {
            throw new IllegalTransitionException("certificate number " + number + " of " + certificate.id()
                    + " is already issued; the number pattern of the certificate gives it twice");
        }
        String code = VerificationCodes.random();
        String holder = holder(approved);
        CertificateValues values = new CertificateValues(
                approved.catalogue(),
                certificate,
                holder,
                number,
                times.day(now),
                approved.fileNumber(),
                mails.link("/verify/" + code));
        byte[] pdf = CertificatePdfs.render(approved.catalogue().template(certificate), values.map());
        IssuedCertificate made = new IssuedCertificate(
                code,
                file.id(),
                file.serviceId(),
                certificate.id(),
                number,
                holder,
                now,
                approved.officer().user(),
                approved.step().id(),
                IssuedCertificate.Status.VALID,
                files.store(pdf));
        rows.insert(made);
        return made;
    }

    /** The holder the catalogue's {@code certificateHolder} names, else the investor's name. */
    private String holder(StepApproved approved) {
        FileView file = approved.file();
        return approved.catalogue()
                .certificateHolderPath()
                .map(path -> file.values().get(path))
                .filter(value ->
                        value != null && !value.isNull() && !value.asText().isBlank())
                .map(JsonNode::asText)
                .orElseGet(() -> accounts.find(file.owner())
                        .map(account -> account.displayName())
                        .orElse(file.owner()));
    }

    /** The event of a certificate: its number, code, date, step, officer and PDF (signed: uploaded by an officer). */
    static ObjectNode event(IssuedCertificate c, boolean signed) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("number", c.number())
                .put("code", c.code())
                .put("issuedAt", c.issuedAt().toString())
                .put("step", c.step())
                .put("officer", c.issuedBy())
                .put("sha256", c.pdfSha256())
                .put("signed", signed);
    }
}
