package org.eregistrations.web.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** What an account's login name, email address and display name may be, and how a login name is compared. */
final class AccountFields {
    /**
     * An address a mail server takes: ASCII letters, digits and {@code . _ % + ' -} before the {@code @}, a domain of
     * letters, digits and hyphens in at least two labels; at most 254 characters in all.
     */
    private static final Pattern EMAIL =
            Pattern.compile("^(?=.{3,254}$)[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    /** Longer login names than any address or user name there can be are not looked up. */
    private static final int LONGEST_LOGIN = 254;

    private AccountFields() {}

    /** A login name (user name or email) as stored and compared: without surrounding blanks, in lower case. */
    static String normalize(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized address is one a mail server takes. */
    static boolean isAddress(String address) {
        return EMAIL.matcher(address).matches();
    }

    /** Whether a normalized login name could belong to an account at all, so that it is worth looking up. */
    static boolean isLoginName(String name) {
        return !name.isEmpty() && name.length() <= LONGEST_LOGIN && name.chars().noneMatch(Character::isISOControl);
    }

    /** Refuses a display name that is blank, longer than 120 characters or holds control characters. */
    static void checkDisplayName(String displayName) {
        if (displayName == null
                || displayName.isBlank()
                || displayName.length() > 120
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException("name", "error_name");
        }
    }
}
