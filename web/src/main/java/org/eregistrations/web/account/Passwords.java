package org.eregistrations.web.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eregistrations.web.site.Tokens;

/**
 * Passwords as bcrypt hashes at the configured cost: what a new password must be, hashing, and checking a password
 * against an account's hash — or, for a login name that does not exist, against a hash of the same cost, so that the
 * answer takes as long either way.
 */
@ApplicationScoped
class Passwords {
    /** bcrypt reads at most this many bytes of a password; a longer one is refused rather than cut. */
    private static final int LONGEST = 72;

    private final AccountsConfig config;
    /** Checked when the login name does not exist, so the answer takes as long as for a wrong password. */
    private volatile String unknownNameHash;

    Passwords(AccountsConfig config) {
        this.config = config;
    }

    /** Refuses a new password that is too short, or too long for bcrypt. */
    static void check(String password) {
        if (password == null || password.length() < 10) {
            throw new AccountException("password", "error_password_short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST) {
            throw new AccountException("password", "error_password_long");
        }
    }

    String hash(String password) {
        return new String(
                BCrypt.withDefaults().hash(config.bcryptCost(), password.toCharArray()), StandardCharsets.UTF_8);
    }

    /** Whether a password matches the account's hash; with no account, checked against a hash of the same cost. */
    boolean matches(String password, Optional<String> hash) {
        return password != null
                && password.getBytes(StandardCharsets.UTF_8).length <= LONGEST
                && BCrypt.verifyer().verify(password.toCharArray(), hash.orElseGet(this::unknownNameHash)).verified;
    }

    /** Whether a hash is of the configured cost; one of another cost (an older setting, demo accounts) is renewed. */
    boolean current(String hash) {
        return hash.startsWith(String.format("$2a$%02d$", config.bcryptCost()));
    }

    /** A hash of a random password at the configured cost: an unknown name costs as much time as a known one. */
    String unknownNameHash() {
        if (unknownNameHash == null) {
            unknownNameHash = hash(Tokens.random());
        }
        return unknownNameHash;
    }
}
