package org.eregistrations.web.account;

/**
 * The platform's roles. An officer also holds the roles of the processing steps they work (named by the services,
 * e.g. {@code frontDesk}), and belongs to an institution.
 */
public final class Roles {
    public static final String INVESTOR = "investor";
    public static final String OFFICER = "officer";
    public static final String SUPERVISOR = "supervisor";
    public static final String STATISTICS = "statistics";
    public static final String CONFIGURATOR = "configurator";
    public static final String USER_ADMIN = "userAdmin";

    private Roles() {}
}
