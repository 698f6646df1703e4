package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.web.account.LoginSessions.LoginSession;
import org.eregistrations.web.site.Login;
import org.eregistrations.web.site.Logins;

/** The login sessions of accounts, as the shell of the pages ({@code site}) recognises a visitor by them. */
@ApplicationScoped
class AccountLogins implements Logins {
    private final LoginSessions sessions;
    private final AccountsConfig config;

    AccountLogins(LoginSessions sessions, AccountsConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    @Override
    public Optional<Login> find(String cookieValue) {
        return sessions.find(cookieValue).map(AccountLogins::login);
    }

    @Override
    public void end(UUID sessionId) {
        sessions.end(sessionId);
    }

    @Override
    public boolean secureCookies() {
        return config.secureCookies();
    }

    static Login login(LoginSession session) {
        Account account = session.account();
        return new Login(
                session.id(),
                account.username(),
                account.displayName(),
                account.roles(),
                account.institution(),
                session.csrfToken());
    }
}
