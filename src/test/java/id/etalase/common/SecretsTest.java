package id.etalase.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theExamplesOfTheDocumentationAndTheDevelopmentKeysAreRefused() {
        for (String example : new String[] { "change-me-to-at-least-32-characters", "change-me",
                "dev-and-test-session-key-not-secret", "dev-only-salt", "CHANGE_ME_TO_AT_LEAST_32_CHARACTERS_PLEASE",
                "my-example-secret-" + random(24) }) {
            assertTrue(Secrets.weakness(example).isPresent(), example);
        }
        assertEquals(Optional.of("is an example value from the documentation, not a secret"),
                Secrets.weakness("change-me-to-at-least-32-characters"));
    }

    @Test
    void valuesThatAreNotRandomAreRefused() {
        assertEquals(Optional.of("has fewer than 32 characters"), Secrets.weakness("short-secret"));
        assertEquals(Optional.of("is empty"), Secrets.weakness(" "));
        assertEquals(Optional.of("repeats too few different characters to be random"),
                Secrets.weakness("k".repeat(40)));
        assertEquals(Optional.of("repeats too few different characters to be random"),
                Secrets.weakness("abababababababababababababababab12"));
        assertEquals(Optional.of("is made of words or patterns that are easy to guess"),
                Secrets.weakness("kopi robusta lampung barat enak sekali"));
        assertEquals(Optional.of("is made of words or patterns that are easy to guess"),
                Secrets.weakness("the quick brown fox jumps over the lazy dog"));
        assertEquals(Optional.of("is made of words or patterns that are easy to guess"),
                Secrets.weakness("qwertyuiopasdfghjklzxcvbnm1234567890"));
    }

    @Test
    void randomValuesAsTheDocumentationMakesThemPass() {
        for (int i = 0; i < 20; i++) {
            String base64 = random(33);
            assertEquals(Optional.empty(), Secrets.weakness(base64), base64);
            String hex = HexFormat.of().formatHex(bytes(16));
            assertEquals(Optional.empty(), Secrets.weakness(hex), hex);
        }
    }

    private static String random(int bytes) {
        return Base64.getEncoder().encodeToString(bytes(bytes));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
