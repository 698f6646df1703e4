package org.eregistrations.web.admin;

/**
 * A user administration request refused with a page saying why, nothing changed: not a user administrator (403), an
 * account that does not exist (404), a role or institution the forms do not offer (400), raising one's own roles (403),
 * leaving no active user administrator (409).
 */
class AdminRefusedException extends RuntimeException {
    private final int status;
    private final String textKey;

    AdminRefusedException(int status, String textKey) {
        super(textKey, null, false, false);
        this.status = status;
        this.textKey = textKey;
    }

    static AdminRefusedException notAnAdministrator() {
        return new AdminRefusedException(403, "admin_refused_not_admin");
    }

    static AdminRefusedException noSuchAccount() {
        return new AdminRefusedException(404, "admin_refused_no_account");
    }

    static AdminRefusedException unknownChoice() {
        return new AdminRefusedException(400, "admin_refused_unknown_choice");
    }

    static AdminRefusedException ownRoles() {
        return new AdminRefusedException(403, "admin_refused_own_roles");
    }

    static AdminRefusedException lastAdministrator() {
        return new AdminRefusedException(409, "admin_refused_last_admin");
    }

    int status() {
        return status;
    }

    String textKey() {
        return textKey;
    }
}
