/** The investor's pages (Part A): my files, guide, data forms, documents, payments, send, the file after sending and its certificates. */
package org.eregistrations.web.parta;
