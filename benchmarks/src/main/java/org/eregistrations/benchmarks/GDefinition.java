package org.eregistrations.benchmarks;

/** The definition of G(N) member by member: its ids and the facts each member's rule is written from. */
public final class GDefinition {
    /** What a payable cost adds to its amount while {@code q0} is answered yes. */
    public static final long Q0_SURCHARGE = 5;

    private GDefinition() {}

    /** Q = max(4, N/10), the number of yes/no questions. */
    public static int questionCount(int n) {
        return Math.max(4, n / 10);
    }

    public static String question(int i) {
        return "q" + i;
    }

    public static String registration(int i) {
        return "r_" + i;
    }

    public static String requirement(int j) {
        return "d_" + j;
    }

    public static String cost(int i) {
        return "c_" + i;
    }

    /** The question deciding whether registration {@code i} applies: {@code q(i mod Q)}. */
    public static int questionOf(int i, int n) {
        return i % questionCount(n);
    }

    /** Registration {@code i} is declared mandatory when {@code i mod 3 = 0}. */
    public static boolean mandatory(int i) {
        return i % 3 == 0;
    }

    /** The investor has checked every even registration. */
    public static boolean checked(int i) {
        return i % 2 == 0;
    }

    /** The second registration that resolves requirement {@code j}: {@code r_((j+1) mod N)}. */
    public static int nextRegistration(int j, int n) {
        return (j + 1) % n;
    }

    /** Requirement {@code j} does not apply while {@code d_(j-1)} is resolved when {@code j mod 5 = 4}. */
    public static boolean replacedByPrevious(int j) {
        return j % 5 == 4;
    }

    /** The amount of cost {@code i} before the {@code q0} surcharge: 10·(i mod 7). */
    public static long baseAmount(int i) {
        return 10L * (i % 7);
    }
}
