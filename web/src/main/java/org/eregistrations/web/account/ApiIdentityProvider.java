package org.eregistrations.web.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eregistrations.web.account.PasswordLogins.LoginOutcome;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.site.Tokens;

/**
 * Checks HTTP Basic credentials of the JSON API against the accounts: the same user names, passwords, roles and
 * slowing down of repeated failures as the login page; a credential checked lately is not checked again
 * ({@link VerifiedCredentials}). The identity carries the login session its changes are recorded
 * with ({@link Caller#SESSION_ATTRIBUTE}): the credential's, the same for every request made with it until the password changes —
 * never one the client names.
 */
@ApplicationScoped
public class ApiIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** The identity's attribute holding the officer's institution, absent when the account is bound to none. */
    private final PasswordLogins logins;

    ApiIdentityProvider(PasswordLogins logins) {
        this.logins = logins;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            LoginOutcome outcome = logins.apiLogin(
                    request.getUsername(), new String(request.getPassword().getPassword()));
            if (outcome instanceof LoginOutcome.Deactivated) {
                throw new AuthenticationFailedException("the account is deactivated");
            }
            if (!(outcome instanceof LoginOutcome.LoggedIn loggedIn)) {
                throw new AuthenticationFailedException("wrong user name or password");
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(loggedIn.account().username()))
                    .addRoles(loggedIn.account().roles())
                    .addAttribute(Caller.SESSION_ATTRIBUTE, session(loggedIn.account()));
            if (loggedIn.account().institution() != null) {
                identity.addAttribute(
                        Caller.INSTITUTION_ATTRIBUTE, loggedIn.account().institution());
            }
            return identity.build();
        });
    }

    /**
     * The session of a Basic credential: derived from the account and its stored password hash, which only the server
     * knows, so it is stable across requests and instances and a new password starts a new one.
     */
    static String session(Account account) {
        return "api-"
                + Tokens.sha256(account.id() + ":" + account.passwordHash()).substring(0, 24);
    }
}
