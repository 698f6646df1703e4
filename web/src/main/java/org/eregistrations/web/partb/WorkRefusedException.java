package org.eregistrations.web.partb;

/**
 * An officer's request the pages refuse with a page of its own, nothing stored: not an officer (403), a step that is
 * not pending (409), a file another officer holds at an assignable step (409), a decision on a version another officer already moved on (409).
 */
class WorkRefusedException extends RuntimeException {
    private final int status;
    private final String titleKey;
    private final String textKey;
    private final String back;
    private String holder;

    WorkRefusedException(int status, String titleKey, String textKey, String back) {
        super(titleKey, null, false, false);
        this.status = status;
        this.titleKey = titleKey;
        this.textKey = textKey;
        this.back = back;
    }

    static WorkRefusedException notAnOfficer() {
        return new WorkRefusedException(403, "refused_officer_title", "refused_officer_text", "/");
    }

    /** The officer who holds the file at the step, named on the page. */
    WorkRefusedException holder(String user) {
        this.holder = user;
        return this;
    }

    String holder() {
        return holder;
    }

    int status() {
        return status;
    }

    String titleKey() {
        return titleKey;
    }

    String textKey() {
        return textKey;
    }

    String back() {
        return back;
    }
}
