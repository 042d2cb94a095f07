package id.etalase.common;

import io.quarkus.runtime.configuration.ConfigUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for the keys production runs with (SESSION_KEY, ENQUIRY_SALT): long, random, and not an example copied
 * from the documentation. Anyone who knows a key can forge sessions or undo the shoppers' hashes.
 */
public final class Secrets {

    public static final int MIN_LENGTH = 32;
    static final int MIN_DISTINCT_CHARACTERS = 10;
    /** zxcvbn's estimate of the guesses needed, as a power of ten: 10^24 is about 80 bits. */
    static final double MIN_GUESSES_LOG10 = 24;
    private static final List<String> EXAMPLES = readExamples();

    private Secrets() {
    }

    /** Stops the start in production when the value is weak, saying why and how to make a good one. */
    public static void refuseWeakInProduction(String name, String value) {
        if (ConfigUtils.isProfileActive("prod")) {
            weakness(value).ifPresent(reason -> {
                throw new IllegalStateException(name + " " + reason + "; set it to a random secret of at least "
                        + MIN_LENGTH + " characters, the same on every replica (make one with: openssl rand -base64 33)");
            });
        }
    }

    /** Why the value is not a usable secret, or empty when it is. */
    public static Optional<String> weakness(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is empty");
        }
        if (value.length() < MIN_LENGTH) {
            return Optional.of("has fewer than " + MIN_LENGTH + " characters");
        }
        String plain = value.toLowerCase(Locale.ROOT).replaceAll("[-_. ]", "");
        if (EXAMPLES.stream().anyMatch(plain::contains)) {
            return Optional.of("is an example value from the documentation, not a secret");
        }
        if (value.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("repeats too few different characters to be random");
        }
        var strength = Guessability.measure(value);
        if (strength.getGuessesLog10() < MIN_GUESSES_LOG10 || Guessability.wordShare(value) >= 0.5) {
            return Optional.of("is made of words or patterns that are easy to guess");
        }
        return Optional.empty();
    }

    private static List<String> readExamples() {
        try (var in = Secrets.class.getResourceAsStream("/security/example-secrets.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT).replaceAll("[-_. ]", ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
