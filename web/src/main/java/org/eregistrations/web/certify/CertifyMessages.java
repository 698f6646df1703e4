package org.eregistrations.web.certify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of issued certificates — the public verification page, the default certificate layout, the certificates on
 * the investor's and officers' pages — in {@code messages/certify_en.properties} and {@code certify_es.properties};
 * templates read them as {@code {certify:key}}.
 */
@MessageBundle(value = "certify", locale = "en")
public interface CertifyMessages {
    @Message
    String verify_title();

    @Message
    String verify_intro();

    @Message
    String verify_certificate();

    @Message
    String verify_holder();

    @Message
    String verify_number();

    @Message
    String verify_issued_on();

    @Message
    String verify_status();

    @Message
    String verify_status_VALID();

    @Message
    String verify_status_REVOKED();

    @Message
    String certify_pdf_institution();

    @Message
    String certify_pdf_holder();

    @Message
    String certify_pdf_number();

    @Message
    String certify_pdf_issued_on();

    @Message
    String certify_pdf_file();

    @Message
    String certify_pdf_verify();

    @Message
    String certify_certificates();

    @Message
    String certify_none();

    @Message
    String certify_issued_on();

    @Message
    String certify_download();

    @Message
    String certify_signed();

    @Message
    String certify_not_issued();

    @Message
    String certify_upload_label();

    @Message
    String certify_upload_submit();

    @Message
    String certify_upload_not_pdf();

    @Message
    String certify_upload_size();

    @Message
    String certify_upload_none();

    @Message
    String certify_upload_not_issued();

    @Message
    String certify_revoked();

    @Message
    String certify_revoke_label();

    @Message
    String certify_revoke_submit();

    @Message
    String certify_revoke_reason();

    @Message
    String certify_revoke_already();
}
