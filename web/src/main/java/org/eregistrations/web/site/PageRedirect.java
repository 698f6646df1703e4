package org.eregistrations.web.site;

/** Ends a page request with a redirect (303 See Other), e.g. to the login page. */
public class PageRedirect extends RuntimeException {
    private final String location;

    public PageRedirect(String location) {
        super(location, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
