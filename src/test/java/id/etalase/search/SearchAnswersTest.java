package id.etalase.search;

import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductSort;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kept answers on their own: what is asked once, what is asked again, what waits. */
class SearchAnswersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong now = new AtomicLong();
    private final SearchAnswers answers = new SearchAnswers(100, Duration.ofSeconds(30), now::get, registry);
    private final AtomicInteger asked = new AtomicInteger();

    private SearchResult answer(String query, ProductFilter filter, Supplier<SearchResult> ask) {
        return answers.answer(SearchResult.ELASTICSEARCH, "products", query, filter, ProductSort.RELEVANCE, 1, 24,
                () -> {
                    asked.incrementAndGet();
                    return ask.get();
                });
    }

    private static SearchResult result(String query) {
        return new SearchResult(query, List.of(), 1, 24, 0, SearchResult.ELASTICSEARCH, Map.of());
    }

    @Test
    void theSameSearchIsAskedOnceUntilForgotten() {
        SearchResult first = answer("kopi", ProductFilter.none(), () -> result("kopi"));
        assertSame(first, answer("kopi", ProductFilter.none(), () -> result("kopi")));
        assertEquals(1, asked.get());

        answer("kopi", ProductFilter.none().withSector("kuliner"), () -> result("kopi"));
        answer("teh", ProductFilter.none(), () -> result("teh"));
        assertEquals(3, asked.get(), "another filter or query is another search");

        answers.forget();
        answer("kopi", ProductFilter.none(), () -> result("kopi"));
        assertEquals(4, asked.get());
    }

    @Test
    void eachAnswerIsKeptBetweenHalfAndAllOfTheKeepingTime() {
        List<String> words = List.of("kopi", "teh", "keripik", "sambal", "batik", "madu", "gula", "kain");
        words.forEach(word -> answer(word, ProductFilter.none(), () -> result(word)));
        now.addAndGet(TimeUnit.SECONDS.toNanos(15) - 1);
        words.forEach(word -> answer(word, ProductFilter.none(), () -> result(word)));
        assertEquals(words.size(), asked.get(), "all kept for half the time");

        now.addAndGet(TimeUnit.SECONDS.toNanos(15) + 1);
        words.forEach(word -> answer(word, ProductFilter.none(), () -> result(word)));
        assertEquals(2 * words.size(), asked.get(), "none kept past the whole time");
    }

    @Test
    void aFailedAnswerIsNotKeptAndTheNextShopperAsksAgain() {
        assertThrows(ElasticsearchUnavailableException.class, () -> answer("kopi", ProductFilter.none(), () -> {
            throw new ElasticsearchUnavailableException("silent", null);
        }));
        assertEquals("kopi", answer("kopi", ProductFilter.none(), () -> result("kopi")).query());
        assertEquals(2, asked.get());
    }

    @Test
    void shoppersAskingTheSameSearchMeanwhileWaitForTheOneAnswerAndShareItsFailure() throws Exception {
        CountDownLatch asking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<SearchResult> first = CompletableFuture.supplyAsync(() -> answer("kopi",
                ProductFilter.none(), () -> {
                    asking.countDown();
                    await(release);
                    throw new ElasticsearchUnavailableException("silent", null);
                }));
        assertTrue(asking.await(5, TimeUnit.SECONDS));
        CompletableFuture<SearchResult> second = CompletableFuture.supplyAsync(() -> answer("kopi",
                ProductFilter.none(), () -> result("kopi")));
        // The second shopper found the answer being asked (a hit on it) before it fails.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (registry.get("cache.gets").tag("result", "hit").functionCounter().count() < 1
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        // Another search is not held up by the one being asked.
        assertEquals("teh", answer("teh", ProductFilter.none(), () -> result("teh")).query());
        release.countDown();

        for (CompletableFuture<SearchResult> waiting : List.of(first, second)) {
            var failure = assertThrows(java.util.concurrent.ExecutionException.class, waiting::get);
            assertTrue(failure.getCause() instanceof ElasticsearchUnavailableException, failure.toString());
        }
        assertEquals(2, asked.get(), "kopi once, teh once");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
