package org.eregistrations.web.site;

/** A page of something that does not exist, or that the visitor may not see (they are told the same). */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException() {
        super("not found", null, false, false);
    }
}
