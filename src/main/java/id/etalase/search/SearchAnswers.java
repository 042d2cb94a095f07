package id.etalase.search;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductSort;
import id.etalase.member.LegalPaper;
import id.etalase.member.MemberScale;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The answers to the searches asked most (a word, a sector's listing), kept a short while: the same search from many
 * shoppers asks the index once, or the database once while the index is away (each engine's answers apart, so that
 * search is back on the index as soon as it answers). Forgotten whole when a product changes on this replica, and
 * again when the index has the change (a drain made searchable, a rebuild, a refresh); another replica's changes show
 * within {@link SearchConfig#answersFor}.
 */
@ApplicationScoped
public class SearchAnswers {

    /** One search as one engine answers it; the member by id, as a filter holds its entity. */
    record Key(String engine, String index, String query, String sector, String district, MemberScale scale,
            Long member, Long minPrice, Long maxPrice, LegalPaper paper, Set<Long> excluded, ProductSort sort, int page,
            int size) {

        static Key of(String engine, String index, String query, ProductFilter filter, ProductSort sort, int page,
                int size) {
            return new Key(engine, index, query, filter.sector(), filter.district(), filter.scale(),
                    filter.member() == null ? null : filter.member().id, filter.minPrice(), filter.maxPrice(),
                    filter.paper(), filter.excluded(), sort, page, size);
        }
    }

    private final AsyncCache<Key, SearchResult> answers;
    private final boolean keeping;

    @Inject
    public SearchAnswers(SearchConfig config, MeterRegistry registry) {
        this(config.answersKept(), config.answersFor(), Ticker.systemTicker(), registry);
    }

    SearchAnswers(int kept, Duration keptFor, Ticker ticker, MeterRegistry registry) {
        keeping = kept > 0;
        // Each answer kept between half and all of keptFor, by its key: answers kept together (after a change
        // forgot them all) are not all asked again together.
        answers = Caffeine.newBuilder().maximumSize(kept).ticker(ticker)
                .expireAfter(Expiry.<Key, SearchResult>creating((key, answer) -> keptFor.multipliedBy(500
                        + Math.floorMod(key.hashCode(), 500)).dividedBy(1000)))
                .recordStats().buildAsync();
        CaffeineCacheMetrics.monitor(registry, answers, "search-answers");
    }

    /**
     * The answer kept for this search, or {@code ask}'s, then kept; nothing is kept when {@code ask} fails. Shoppers
     * asking the same search meanwhile wait for that one answer. {@code ask} runs on the caller's thread, and a slow
     * Elasticsearch holds up no other search (a computing map entry would hold up its neighbours).
     */
    SearchResult answer(String engine, String index, String query, ProductFilter filter, ProductSort sort, int page,
            int size, Supplier<SearchResult> ask) {
        if (!keeping || !filter.words().isEmpty()) {
            return ask.get();
        }
        Key key = Key.of(engine, index, query, filter, sort, page, size);
        CompletableFuture<SearchResult> kept = answers.getIfPresent(key);
        if (kept == null) {
            CompletableFuture<SearchResult> mine = new CompletableFuture<>();
            kept = answers.asMap().putIfAbsent(key, mine);
            if (kept == null) {
                try {
                    SearchResult answer = ask.get();
                    mine.complete(answer);
                    return answer;
                } catch (RuntimeException | Error e) {
                    // Those waiting for it must not wait for ever.
                    answers.asMap().remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return kept.join();
        } catch (CompletionException e) {
            // Each waiting shopper then answers as the one who asked would: from the database.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The index changed: every answer is asked again. */
    void forget() {
        answers.synchronous().invalidateAll();
    }

    /** A product changed: no kept answer may show it as it was, even while the index is away and cannot know. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Changed changed) {
        forget();
    }
}
