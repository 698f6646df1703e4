/** Certificates issued by processing steps: numbers, verification codes, PDFs with a QR code, the public verification page. */
package org.eregistrations.web.certify;
