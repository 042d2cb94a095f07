package id.etalase.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the analysis treats specially, in one place: the index settings pass them to the analysis plugin
 * ({@code id_stop}, {@code id_spelling}), and the queries that bypass analysis (the name's prefix) apply them here.
 */
final class SearchWords {

    /**
     * Function words a shopper types between the words that matter. None that describes a product: not "tidak" (tidak
     * pedas), "oleh" (oleh-oleh) or "dalam" (pakaian dalam).
     */
    static final List<String> STOP = List.of("dan", "yang", "di", "ke", "dari", "untuk", "atau", "dengan", "pada",
            "ini", "itu", "serta", "juga", "adalah", "akan", "bagi", "para", "sebagai", "agar", "karena", "tersebut",
            "yg", "dgn", "utk");

    /** The spellings of one word as sellers and shoppers write them; the first is the form the index keeps. */
    static final List<String> SPELLINGS = List.of("keripik, kripik", "kerupuk, krupuk", "sambal, sambel",
            "cokelat, coklat", "telur, telor", "cabai, cabe", "kaos, kaus", "sirup, sirop", "nanas, nenas",
            "kue, kueh", "apem, apam", "peyek, rempeyek", "risol, risoles", "pedas, pedes", "getuk, gethuk",
            "sate, satai", "bakpau, bakpao", "brownis, brownies", "ekstrak, extract");

    private static final Map<String, List<String>> GROUPS = groups();

    private SearchWords() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new HashMap<>();
        for (String rule : SPELLINGS) {
            List<String> group = Arrays.stream(rule.split(",")).map(String::trim).toList();
            group.forEach(spelling -> groups.put(spelling, group));
        }
        return groups;
    }

    /**
     * The query as each spelling of its words would read, without its stop words: what a name starting with the query
     * may start with. At most {@code limit} readings; none when the query is stop words only.
     */
    static List<String> readings(String query, int limit) {
        List<String> readings = new ArrayList<>(List.of(""));
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String reading : readings) {
                for (String spelling : GROUPS.getOrDefault(word, List.of(word))) {
                    if (next.size() < limit) {
                        next.add(reading.isEmpty() ? spelling : reading + " " + spelling);
                    }
                }
            }
            readings = next;
        }
        return readings.equals(List.of("")) ? List.of() : readings;
    }

    /** Every spelling of a lowercased word, itself first when it has no other. */
    static List<String> spellings(String word) {
        return GROUPS.getOrDefault(word, List.of(word));
    }

    /** The first word that is not a stop word, lowercased; null when there is none. */
    static String head(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !STOP.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
