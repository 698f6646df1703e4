package org.eregistrations.web.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials of the JSON API that passed the password check lately, so that a client's every request does
 * not pay a bcrypt check (cost 12 ≈ a quarter of a second of CPU) nor pass the login throttle again. A credential is
 * remembered by an HMAC under a key that lives only in this process's memory, never by its password; it counts only
 * while the account's stored password hash is still the one it was checked against (a new password, set on any node,
 * ends it at once), and for at most {@code api-credential-memory}. Bounded in size: an attacker cannot fill it, since
 * only right passwords enter it.
 */
@ApplicationScoped
class VerifiedCredentials {
    private static final int MOST_REMEMBERED = 10_000;

    private final Cache<String, Checked> checked;
    private final SecretKeySpec key;

    /** The account a credential belonged to and the password hash it was checked against. */
    private record Checked(UUID account, String passwordHash) {}

    VerifiedCredentials(AccountsConfig config) {
        this.checked = Caffeine.newBuilder()
                .maximumSize(MOST_REMEMBERED)
                .expireAfterWrite(config.apiCredentialMemory())
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Remembers a credential that just passed the password check. */
    void remember(String login, String password, Account account) {
        checked.put(fingerprint(login, password), new Checked(account.id(), account.passwordHash()));
    }

    /** Whether this credential passed the check lately for this account as it is now. */
    boolean vouchFor(String login, String password, Optional<Account> current) {
        Checked known = checked.getIfPresent(fingerprint(login, password));
        return known != null
                && current.isPresent()
                && known.account().equals(current.get().id())
                && known.passwordHash().equals(current.get().passwordHash());
    }

    private String fingerprint(String login, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(login.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
