package id.etalase.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first page fair to the community's members: a seller's next listing counts a quarter less than the last one the
 * page showed, so each seller's best comes before any seller's second among results about as relevant, and no
 * listing is pushed below one much less relevant (a typo's guess) or of a lower tier (a T-shirt with "kopi" on it
 * below coffee). Without scores (newest first) every seller's best comes before any seller's second.
 */
final class SellerMix {

    /** How much a seller's next listing weighs against the last one shown. */
    static final double NEXT_LISTING_WEIGHT = 0.75;

    /**
     * A result with what the mix needs: its id, its seller, its tier (a higher tier always comes first) and its
     * relevance within the tier (1 for all when sorted otherwise).
     */
    record Ranked(String id, String seller, int tier, double score) {
    }

    private SellerMix() {
    }

    /** The ids of the first page, mixed from the best results in their order. */
    static List<String> firstPage(List<Ranked> best, int size) {
        Map<String, Ranked> pool = new LinkedHashMap<>();
        best.forEach(ranked -> pool.putIfAbsent(ranked.id(), ranked));
        Map<String, Integer> shown = new HashMap<>();
        List<String> page = new ArrayList<>();
        while (page.size() < size && !pool.isEmpty()) {
            Ranked next = null;
            double nextWeight = -1;
            for (Ranked candidate : pool.values()) {
                double weight = candidate.score() * Math.pow(NEXT_LISTING_WEIGHT,
                        shown.getOrDefault(candidate.seller(), 0));
                if (next == null || candidate.tier() > next.tier()
                        || candidate.tier() == next.tier() && weight > nextWeight) {
                    next = candidate;
                    nextWeight = weight;
                }
            }
            pool.remove(next.id());
            shown.merge(next.seller(), 1, Integer::sum);
            page.add(next.id());
        }
        return page;
    }
}
