package org.eregistrations.web.certify;

/** A signed PDF that cannot replace a certificate's, with the text key of the reason the page shows (a 400). */
public class CertificateUploadException extends RuntimeException {
    private final String textKey;

    CertificateUploadException(String textKey, String message) {
        super(message, null, false, false);
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }
}
