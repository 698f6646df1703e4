package org.eregistrations.web.account;

/** Why a registration or a new password was refused: the field, and a message key of the pages. */
public final class AccountException extends RuntimeException {
    private final String field;
    private final String messageKey;

    AccountException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
