package id.etalase.search;

import id.etalase.common.DatabaseFaults;
import id.etalase.common.DatabaseLocks;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** When the index is written: checked at start-up, drained after each commit and on a timer, rebuilt on request. */
@ApplicationScoped
public class ProductIndexer {

    private static final Logger LOG = Logger.getLogger(ProductIndexer.class);

    /** What one drain did: documents written or deleted, rows that stay for a later try. */
    public record DrainResult(int indexed, int deleted, int retained, boolean lockBusy) {
    }

    public record RebuildResult(String index, long documents, long millis) {
    }

    @Inject
    OutboxDrain drain;

    @Inject
    IndexBuilder builder;

    @Inject
    IndexLock lock;

    @Inject
    SearchConfig config;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    /**
     * Set when the start-up observers before this one (the demo data's, holding the start-up lock) are done: the
     * timer starts earlier, and a drain's index check then would build an index of a database still being filled.
     */
    private volatile boolean started;
    /** The drain runs every few seconds: a database outage is one warning, not one per run. */
    private final DatabaseFaults.Outage databaseOutage = new DatabaseFaults.Outage(LOG, "Search outbox drain");

    void onStart(@Observes StartupEvent event) {
        if (config.reindexAndExit()) {
            try {
                RebuildResult result = rebuild();
                LOG.infof("Reindex finished: %d documents in %s in %d ms", result.documents(), result.index(),
                        result.millis());
                Quarkus.asyncExit(0);
            } catch (IOException | RuntimeException e) {
                LOG.errorf("Reindex failed: %s", e.getMessage());
                Quarkus.asyncExit(1);
            }
            return;
        }
        started = true;
        // In the background: a silent Elasticsearch must not hold up the start of the portal.
        background.execute(() -> {
            try {
                try (DatabaseLocks.Held ignored = lock.acquire(120).orElseThrow(
                        () -> new IllegalStateException("another rebuild or drain holds the index lock"))) {
                    builder.ensureIndexMatchesDatabase();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Search index not ready at start-up (%s); search answers from the database until it is",
                        e.getMessage());
            }
        });
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Changed changed) {
        drainSoon();
    }

    @Scheduled(every = "${etalase.search.drain-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainOnTimer() {
        drainQuietly();
    }

    /** Drains in the background; many commits in a row queue one drain. */
    public void drainSoon() {
        if (drainQueued.compareAndSet(false, true)) {
            background.execute(() -> {
                drainQueued.set(false);
                drainQuietly();
            });
        }
    }

    private void drainQuietly() {
        if (!started) {
            return;
        }
        try {
            drain();
            databaseOutage.succeeded();
        } catch (IOException | RuntimeException e) {
            if (!databaseOutage.absorbed(e)) {
                LOG.debugf("Outbox not drained, Elasticsearch unavailable: %s", e.getMessage());
            }
        }
    }

    /** Applies every pending outbox row to the index; rows stay when Elasticsearch cannot take them. */
    public DrainResult drain() throws IOException {
        return drain.drain();
    }

    /** Builds a new index from the database and swaps the alias to it; searches never see a half-built index. */
    public RebuildResult rebuild() throws IOException {
        return builder.rebuild();
    }
}
