package org.eregistrations.web.certify;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** The codes of the public verification pages: 130 random bits in 26 lower-case base32 letters, unguessable. */
final class VerificationCodes {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 26;
    private static final Pattern CODE = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    static String random() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Whether a text could be a code at all: anything else is not looked up. */
    static boolean wellFormed(String text) {
        return text != null && CODE.matcher(text).matches();
    }
}
