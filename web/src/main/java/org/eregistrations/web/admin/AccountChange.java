package org.eregistrations.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user administrator changed on an account, as the change log keeps it ({@code account_change.what}): the
 * action, the roles added and removed, and the institution before and after (both null when it stayed).
 */
public record AccountChange(
        Action action, List<String> added, List<String> removed, String institutionFrom, String institutionTo) {
    /** The kinds of change. */
    public enum Action {
        INVITED,
        ROLES_CHANGED,
        DEACTIVATED,
        REACTIVATED
    }

    public AccountChange {
        Objects.requireNonNull(action, "action must not be null");
        added = List.copyOf(added == null ? List.of() : added);
        removed = List.copyOf(removed == null ? List.of() : removed);
    }

    static AccountChange invited(Set<String> roles, String institution) {
        return new AccountChange(Action.INVITED, List.copyOf(new TreeSet<>(roles)), List.of(), null, institution);
    }

    /** The change from one set of roles and institution to another; {@link #none()} when nothing differs. */
    static AccountChange roles(
            Set<String> before, Set<String> after, String institutionBefore, String institutionAfter) {
        List<String> added = new ArrayList<>(new TreeSet<>(after));
        added.removeAll(before);
        List<String> removed = new ArrayList<>(new TreeSet<>(before));
        removed.removeAll(after);
        boolean moved = !Objects.equals(institutionBefore, institutionAfter);
        return new AccountChange(
                Action.ROLES_CHANGED,
                added,
                removed,
                moved ? institutionBefore : null,
                moved ? institutionAfter : null);
    }

    static AccountChange of(Action action) {
        return new AccountChange(action, List.of(), List.of(), null, null);
    }

    /** Whether a change of roles changed nothing. */
    boolean none() {
        return added.isEmpty() && removed.isEmpty() && Objects.equals(institutionFrom, institutionTo);
    }

    /** The message key naming the action. */
    public String actionKey() {
        return "admin_change_" + action.name().toLowerCase(Locale.ROOT);
    }

    public boolean movedInstitution() {
        return institutionFrom != null || institutionTo != null;
    }
}
