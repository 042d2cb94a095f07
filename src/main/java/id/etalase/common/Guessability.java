package id.etalase.common;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How guessable a password or key is, by zxcvbn's estimator with its English dictionaries and the Indonesian words of
 * {@code security/indonesian-words.txt} (without them "kopi-lampung-8" would look random).
 */
public final class Guessability {

    private static final Zxcvbn ESTIMATOR = build();

    private Guessability() {
    }

    public static Strength measure(String value) {
        return ESTIMATOR.measure(value);
    }

    /** The share of the value's characters that belong to whole dictionary words (runs of letters, 3 or more). */
    public static double wordShare(String value) {
        int inWords = 0;
        for (String run : value.split("[^\\p{L}]+")) {
            if (run.length() >= 3) {
                List<Match> sequence = ESTIMATOR.measure(run).getSequence();
                if (sequence.size() == 1 && sequence.get(0).pattern == Pattern.Dictionary) {
                    inWords += run.length();
                }
            }
        }
        return value.isEmpty() ? 1 : (double) inWords / value.length();
    }

    private static Zxcvbn build() {
        try {
            List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
            dictionaries.add(new Dictionary("indonesian", indonesianWords()));
            return new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(StandardKeyboards.loadAllKeyboards()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> indonesianWords() throws IOException {
        try (var in = Guessability.class.getResourceAsStream("/security/indonesian-words.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .distinct()
                    .toList();
        }
    }
}
