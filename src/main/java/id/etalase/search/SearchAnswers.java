package id.etalase.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Elasticsearch's answers to the searches asked most (a word, a sector's listing), kept a short while: the same
 * search from many shoppers asks the index once. Forgotten whole when a product changes on this replica, and again when
 * the index has the change (a drain made searchable, a rebuild, a refresh); another replica's changes show within
 * {@link SearchConfig#answersFor}.
 */
@ApplicationScoped
public class SearchAnswers {

    /** One search as the index answers it; the member by id, as a filter holds its entity. */
    record Key(String index, String query, String sector, String district, MemberScale scale, Long member,
            Long minPrice, Long maxPrice, LegalPaper paper, Set<Long> excluded, ProductSort sort, int page, int size) {

        static Key of(String index, String query, ProductFilter filter, ProductSort sort, int page, int size) {
            return new Key(index, query, filter.sector(), filter.district(), filter.scale(),
                    filter.member() == null ? null : filter.member().id, filter.minPrice(), filter.maxPrice(),
                    filter.paper(), filter.excluded(), sort, page, size);
        }
    }

    private final Cache<Key, SearchResult> answers;
    private final boolean keeping;

    @Inject
    public SearchAnswers(SearchConfig config, MeterRegistry registry) {
        keeping = config.answersKept() > 0;
        answers = Caffeine.newBuilder().maximumSize(config.answersKept()).expireAfterWrite(config.answersFor())
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, answers, "search-answers");
    }

    /** The answer kept for this search, or {@code ask}'s, then kept; nothing is kept when {@code ask} fails. */
    SearchResult answer(String index, String query, ProductFilter filter, ProductSort sort, int page, int size,
            Supplier<SearchResult> ask) {
        if (!keeping || !filter.words().isEmpty()) {
            return ask.get();
        }
        return answers.get(Key.of(index, query, filter, sort, page, size), key -> ask.get());
    }

    /** The index changed: every answer is asked again. */
    void forget() {
        answers.invalidateAll();
    }

    /** A product changed: no kept answer may show it as it was, even while the index is away and cannot know. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Changed changed) {
        forget();
    }
}
