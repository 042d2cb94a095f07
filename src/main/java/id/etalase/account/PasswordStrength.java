package id.etalase.account;

import com.nulabinc.zxcvbn.Strength;
import id.etalase.common.Guessability;
import java.util.Optional;

/**
 * How guessable a password is, by zxcvbn's estimator (score 0 to 4). An admin's password must reach
 * {@link #ADMIN_MIN_SCORE}; a member only gets advice in their language, since refusing would lock out people who
 * are new to accounts, and the login throttle bounds online guessing.
 */
public final class PasswordStrength {

    /** 3: "safely unguessable", about 10^8 to 10^10 guesses. */
    public static final int ADMIN_MIN_SCORE = 3;

    /** The kinds of advice the pages put into words (message keys {@code password_advice_<code>}). */
    public enum Advice {
        COMMON, WORD, KEYBOARD, REPEAT, SEQUENCE, DATE, LONGER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Advice> ofCode(String code) {
            for (Advice advice : values()) {
                if (advice.code().equals(code)) {
                    return Optional.of(advice);
                }
            }
            return Optional.empty();
        }
    }

    private PasswordStrength() {
    }

    public static int score(String password) {
        return password == null || password.isEmpty() ? 0 : Guessability.measure(password).getScore();
    }

    /** Advice for a password an admin would not be allowed; empty for a strong one. */
    public static Optional<Advice> advice(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Strength strength = Guessability.measure(password);
        if (strength.getScore() >= ADMIN_MIN_SCORE) {
            return Optional.empty();
        }
        // A bundle that answers every key with itself: zxcvbn's warning as its key, not as English text.
        String warningKey = strength.getFeedback().withResourceBundle(new KeysAsMessages()).getWarning();
        return Optional.of(adviceFor(warningKey == null ? "" : warningKey));
    }

    private static final class KeysAsMessages extends java.util.ResourceBundle {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return java.util.Collections.emptyEnumeration();
        }
    }

    static Advice adviceFor(String warningKey) {
        if (warningKey.startsWith("feedback.dictionary.warning.passwords")) {
            return Advice.COMMON;
        }
        if (warningKey.startsWith("feedback.dictionary.warning")) {
            return Advice.WORD;
        }
        if (warningKey.startsWith("feedback.spatial")) {
            return Advice.KEYBOARD;
        }
        if (warningKey.startsWith("feedback.repeat")) {
            return Advice.REPEAT;
        }
        if (warningKey.startsWith("feedback.sequence")) {
            return Advice.SEQUENCE;
        }
        if (warningKey.startsWith("feedback.regex") || warningKey.startsWith("feedback.date")) {
            return Advice.DATE;
        }
        return Advice.LONGER;
    }
}
