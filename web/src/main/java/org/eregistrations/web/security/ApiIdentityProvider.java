package org.eregistrations.web.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** Checks HTTP Basic credentials against the configured API users; passwords are compared as bcrypt hashes. */
@ApplicationScoped
public class ApiIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(ApiIdentityProvider.class);
    /** Compared against when the user does not exist, so the answer takes as long as for a wrong password. */
    private static final String NO_USER_HASH = "$2a$10$zoxK64qKvf86xaA8vpARg.PTPw3macbNYzkN8NtWkxTLZqmz5HG..";

    private final ApiUsersConfig config;

    ApiIdentityProvider(ApiUsersConfig config) {
        this.config = config;
    }

    void printDemoAccounts(@Observes StartupEvent event) {
        if (config.demoAccounts()) {
            config.demoUsers().forEach((name, user) -> LOG.infof("demo account %s / %s: %s", name, name, user.roles()));
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<ApiUsersConfig.ApiUser> user = find(request.getUsername());
            char[] password = request.getPassword().getPassword();
            boolean matches = BCrypt.verifyer()
                    .verify(
                            password,
                            user.map(ApiUsersConfig.ApiUser::passwordHash).orElse(NO_USER_HASH))
                    .verified;
            if (user.isEmpty() || !matches) {
                throw new AuthenticationFailedException("wrong user name or password");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                    .addRoles(Set.copyOf(user.get().roles()))
                    .build();
        });
    }

    private Optional<ApiUsersConfig.ApiUser> find(String name) {
        ApiUsersConfig.ApiUser user = config.users().get(name);
        if (user == null && config.demoAccounts()) {
            user = config.demoUsers().get(name);
        }
        return Optional.ofNullable(user);
    }
}
