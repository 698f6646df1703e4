package org.eregistrations.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Accounts.LoginOutcome;

/**
 * Checks HTTP Basic credentials of the JSON API against the accounts: the same user names, passwords, roles and
 * slowing down of repeated failures as the login page.
 */
@ApplicationScoped
public class ApiIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** The identity's attribute holding the officer's institution, absent when the account is bound to none. */
    public static final String INSTITUTION = "institution";

    private final Accounts accounts;

    ApiIdentityProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            LoginOutcome outcome = accounts.login(
                    request.getUsername(), new String(request.getPassword().getPassword()));
            if (!(outcome instanceof LoginOutcome.LoggedIn loggedIn)) {
                throw new AuthenticationFailedException("wrong user name or password");
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(loggedIn.account().username()))
                    .addRoles(loggedIn.account().roles());
            if (loggedIn.account().institution() != null) {
                identity.addAttribute(INSTITUTION, loggedIn.account().institution());
            }
            return identity.build();
        });
    }
}
