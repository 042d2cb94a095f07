package id.etalase.search;

import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SellerMixTest {

    /** "A1" of seller A, in tier 0, with this score. */
    private static SellerMix.Ranked r(String id, double score) {
        return r(id, 0, score);
    }

    private static SellerMix.Ranked r(String id, int tier, double score) {
        return new SellerMix.Ranked(id, id.substring(0, 1), tier, score);
    }

    private static List<String> page(List<SellerMix.Ranked> best, int size) {
        return SellerMix.firstPage(best, size);
    }

    @Test
    void withoutScoresEverySellersBestComesBeforeAnySellersSecond() {
        assertEquals(List.of("A1", "B1", "C1", "A2", "C2", "A3"),
                page(List.of(r("A1", 1), r("A2", 1), r("A3", 1), r("B1", 1), r("C1", 1), r("C2", 1)), 6));
    }

    @Test
    void aSellersNextListingYieldsOnlyToAnotherAboutAsRelevant() {
        assertEquals(List.of("A1", "B1", "A2"), page(List.of(r("A1", 10), r("A2", 9.9), r("B1", 8)), 3),
                "8 is more than three quarters of 9.9: B's best comes before A's second");
        assertEquals(List.of("A1", "A2", "B1"), page(List.of(r("A1", 10), r("A2", 9.5), r("B1", 2)), 3),
                "a much weaker match never moves up for fairness");
        assertEquals(List.of("A1", "A2", "A3"), page(List.of(r("A1", 10), r("A2", 9.9), r("A3", 9.8), r("B1", 2)), 3));
    }

    @Test
    void aHigherTierAlwaysComesFirst() {
        assertEquals(List.of("A1", "A2", "B1"), page(List.of(r("A1", 1, 5), r("A2", 1, 0.1), r("B1", 0, 100)), 3));
    }

    @Test
    void sellersFurtherDownStillGetTheirPlace() {
        List<SellerMix.Ranked> best = List.of(r("A1", 1), r("A2", 1), r("A3", 1), r("A4", 1), r("B9", 1),
                r("C7", 1));
        assertEquals(List.of("A1", "B9", "C7", "A2"), page(best, 4));
        assertEquals(List.of("A1", "B9"), page(best, 2));
        assertEquals(List.of(), page(List.of(), 4));
        assertEquals(6, page(best, 24).size(), "no more than there is");
    }
}
