package org.eregistrations.web.certify;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.web.db.Sql;

/** The {@code certificate} and {@code certificate_sequence} tables: numbers, issued certificates, their PDFs. */
@ApplicationScoped
class CertificateRows {
    private static final String COLUMNS = "code, file_id, service_id, certificate_id, number, holder, issued_at,"
            + " issued_by, step_id, status, pdf_sha256";

    private final Sql sql;

    CertificateRows(Sql sql) {
        this.sql = sql;
    }

    /**
     * The next value of a certificate's sequence (1 first); the row stays locked until the transaction ends, so nodes
     * issuing the same certificate take turns and a number is never given twice.
     */
    long nextSequence(String serviceId, String certificateId, int year) {
        return sql.one(
                        "insert into certificate_sequence (service_id, certificate_id, year, last_value)"
                                + " values (?, ?, ?, 1) on conflict (service_id, certificate_id, year)"
                                + " do update set last_value = certificate_sequence.last_value + 1 returning last_value",
                        row -> row.getLong(1),
                        serviceId,
                        certificateId,
                        year)
                .orElseThrow();
    }

    boolean numberTaken(String serviceId, String certificateId, String number) {
        return sql.one(
                        "select 1 from certificate where service_id = ? and certificate_id = ? and number = ?",
                        row -> true,
                        serviceId,
                        certificateId,
                        number)
                .isPresent();
    }

    void insert(IssuedCertificate c) {
        sql.update(
                "insert into certificate (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.code(),
                c.fileId(),
                c.serviceId(),
                c.certificateId(),
                c.number(),
                c.holder(),
                c.issuedAt(),
                c.issuedBy(),
                c.step(),
                c.status().name(),
                c.pdfSha256());
    }

    Optional<IssuedCertificate> findByCode(String code) {
        return sql.one("select " + COLUMNS + " from certificate where code = ?", CertificateRows::read, code);
    }

    /** The certificates issued to a file, in the order they were issued. */
    List<IssuedCertificate> listByFile(UUID fileId) {
        return sql.list(
                "select " + COLUMNS + " from certificate where file_id = ? order by issued_at, certificate_id",
                CertificateRows::read,
                fileId);
    }

    /** Marks a valid certificate revoked; false when it was not valid (revoked already). */
    boolean revoke(String code) {
        return sql.update(
                        "update certificate set status = ? where code = ? and status = ?",
                        IssuedCertificate.Status.REVOKED.name(),
                        code,
                        IssuedCertificate.Status.VALID.name())
                == 1;
    }

    void replacePdf(String code, String sha256) {
        sql.update("update certificate set pdf_sha256 = ? where code = ?", sha256, code);
    }

    private static IssuedCertificate read(ResultSet row) throws SQLException {
        return new IssuedCertificate(
                row.getString(1),
                row.getObject(2, UUID.class),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getTimestamp(7).toInstant(),
                row.getString(8),
                row.getString(9),
                IssuedCertificate.Status.valueOf(row.getString(10)),
                row.getString(11));
    }
}
