package id.etalase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void guessablePasswordsGetAdviceOfTheirKind() {
        assertEquals(Optional.of(PasswordStrength.Advice.COMMON), PasswordStrength.advice("password123"));
        assertEquals(Optional.of(PasswordStrength.Advice.KEYBOARD), PasswordStrength.advice("zxcvbnm,./"));
        assertEquals(Optional.of(PasswordStrength.Advice.SEQUENCE), PasswordStrength.advice("abcdefgh"));
        assertEquals(Optional.of(PasswordStrength.Advice.LONGER), PasswordStrength.advice("sayang123"),
                "Indonesian words are known too");
        assertEquals(Optional.of(PasswordStrength.Advice.LONGER), PasswordStrength.advice("lampung2024"));
    }

    @Test
    void aPasswordOfSeveralUncommonWordsNeedsNoAdvice() {
        assertEquals(Optional.empty(), PasswordStrength.advice("sambal-tapis-pagi-hujan"));
        assertTrue(PasswordStrength.score("sambal-tapis-pagi-hujan") >= PasswordStrength.ADMIN_MIN_SCORE);
    }

    @Test
    void theFirstAdminsPasswordMustBeHardToGuess() {
        assertTrue(PasswordStrength.score("admin12345") < PasswordStrength.ADMIN_MIN_SCORE);
        assertTrue(PasswordStrength.score("bismillah1") < PasswordStrength.ADMIN_MIN_SCORE);
        assertTrue(PasswordStrength.score(TestAccounts.ADMIN_PASSWORD) >= PasswordStrength.ADMIN_MIN_SCORE);
    }
}
