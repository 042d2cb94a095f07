package id.etalase.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The search feature's metrics, named here only: how long searches and suggestions take by the engine that answered,
 * and how far the outbox lags behind. The outbox is read every few seconds by a worker, never by the scrape, so a
 * scrape neither waits for nor fails with the database (the gauges read NaN while the database cannot answer).
 */
@Startup
@ApplicationScoped
public class SearchMetrics {

    private static final Logger LOG = Logger.getLogger(SearchMetrics.class);

    static final String SEARCH_TIMER = "etalase.search";
    static final String OUTBOX_DEPTH = "etalase.search.outbox.depth";
    static final String OUTBOX_OLDEST_AGE = "etalase.search.outbox.oldest.age";
    static final String SEARCH = "search";
    static final String SUGGEST = "suggest";

    @Inject
    MeterRegistry registry;

    private Map<String, Timer> timers;
    private volatile double depth = Double.NaN;
    private volatile double oldestAgeSeconds = Double.NaN;

    @PostConstruct
    void register() {
        // Every engine and kind from the start, so a dashboard sees a fallback begin rather than a new series.
        timers = Map.of(
                key(SearchResult.ELASTICSEARCH, SEARCH), timer(SearchResult.ELASTICSEARCH, SEARCH),
                key(SearchResult.DATABASE, SEARCH), timer(SearchResult.DATABASE, SEARCH),
                key(SearchResult.ELASTICSEARCH, SUGGEST), timer(SearchResult.ELASTICSEARCH, SUGGEST),
                key(SearchResult.DATABASE, SUGGEST), timer(SearchResult.DATABASE, SUGGEST));
        Gauge.builder(OUTBOX_DEPTH, this, metrics -> metrics.depth)
                .description("Products waiting in the search outbox to be written to the index")
                .register(registry);
        Gauge.builder(OUTBOX_OLDEST_AGE, this, metrics -> metrics.oldestAgeSeconds)
                .baseUnit("seconds")
                .description("How long the oldest outbox row has waited (0 when the outbox is empty)")
                .register(registry);
    }

    private Timer timer(String engine, String kind) {
        return Timer.builder(SEARCH_TIMER)
                .description("Searches and suggestions, by the engine that answered (database: Elasticsearch"
                        + " could not, its failed try included)")
                .tags("engine", engine, "kind", kind)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(2))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    private static String key(String engine, String kind) {
        return engine + "/" + kind;
    }

    /** Records a search or suggestion ({@link #SEARCH}, {@link #SUGGEST}) that started at {@code startNanos}. */
    void answered(String kind, String engine, long startNanos) {
        Timer timer = timers.get(key(engine, kind));
        if (timer != null) {
            timer.record(Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }

    @Scheduled(every = "5s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void readOutbox() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().timeout(3).call(() -> (Object[]) Panache
                    .getEntityManager()
                    .createNativeQuery("select count(*), coalesce(timestampdiff(microsecond, min(created_at), now(6)), 0)"
                            + " from search_outbox", Object[].class)
                    .setHint("jakarta.persistence.query.timeout", 2000)
                    .getSingleResult());
            depth = ((Number) row[0]).doubleValue();
            oldestAgeSeconds = Math.max(0, ((Number) row[1]).doubleValue() / 1_000_000d);
        } catch (RuntimeException e) {
            depth = Double.NaN;
            oldestAgeSeconds = Double.NaN;
            LOG.debugf("Search outbox not read for the metrics: %s", e.getMessage());
        }
    }
}
