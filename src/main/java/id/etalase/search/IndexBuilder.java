package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.DatabaseLocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/** Builds whole indexes from the database behind the alias, and rebuilds one missing or built from other data. */
@ApplicationScoped
class IndexBuilder {

    private static final Logger LOG = Logger.getLogger(IndexBuilder.class);

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    SearchOutbox outbox;

    @Inject
    IndexLock lock;

    @Inject
    SearchConfig config;

    @Inject
    ProductRepository products;

    private volatile boolean indexVerified;

    /**
     * Rebuilds when the alias is missing or its index was built from another database (reset or restored);
     * checked once per app instance. Call with the lock held. True when it rebuilt.
     */
    boolean ensureIndexMatchesDatabase() throws IOException {
        if (indexVerified) {
            return false;
        }
        boolean rebuild = !index.aliasExists() || !index.builtFrom(outbox.databaseId());
        if (rebuild) {
            LOG.info("Search index missing or built from another database; rebuilding it");
            rebuildLocked();
        } else {
            LOG.infof("Search index %s was built from this database: kept", index.alias());
        }
        indexVerified = true;
        return rebuild;
    }

    /** The documents of one window of product ids, the window's last id (empty after the last), the time it took. */
    private record Page(Map<Long, VersionedDocument> documents, OptionalLong end, long nanos) {
    }

    /**
     * The public products of the next window of ids, each with the version of the state it was read in; changes
     * committed meanwhile wait in the outbox and carry higher versions when the drain after the swap applies them.
     */
    private Page read(long after) {
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().call(() -> {
            OptionalLong end = products.idWindowEnd(after, config.reindexBatch());
            Map<Long, VersionedDocument> page = new LinkedHashMap<>();
            if (end.isPresent()) {
                products.findPublicBetween(after, end.getAsLong()).forEach(p -> page.put(p.id,
                        new VersionedDocument(p.id, ProductDocument.of(p), DocumentVersion.of(p))));
            }
            return new Page(page, end, System.nanoTime() - started);
        });
    }

    /** Builds a new index from the database and swaps the alias to it; searches never see a half-built index. */
    public ProductIndexer.RebuildResult rebuild() throws IOException {
        try (DatabaseLocks.Held ignored = lock.acquire(120)
                .orElseThrow(() -> new IllegalStateException("another rebuild or drain holds the index lock"))) {
            return rebuildLocked();
        }
    }

    private ProductIndexer.RebuildResult rebuildLocked() throws IOException {
        long started = System.nanoTime();
        long total = QuarkusTransaction.requiringNew().call(products::countPublic);
        String name = index.createNextIndex(outbox.databaseId());
        LOG.infof("Reindex: building %s with %d products", name, total);
        // No refreshes while the new index fills: nobody searches it before the swap.
        client.indices().putSettings(p -> p.index(name).settings(st -> st.refreshInterval(t -> t.time("-1"))));
        long written = 0;
        long readNanos = 0;
        long bulkNanos = 0;
        // The next page is read while Elasticsearch indexes this one: each takes about half of a rebuild's time.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "reindex-reader"));
        try {
            Future<Page> next = reader.submit(() -> read(0));
            while (true) {
                Page page = next.get();
                readNanos += page.nanos();
                if (page.end().isEmpty()) {
                    break;
                }
                long end = page.end().getAsLong();
                next = reader.submit(() -> read(end));
                Map<Long, VersionedDocument> batch = page.documents();
                if (batch.isEmpty()) {
                    continue;
                }
                long bulkStarted = System.nanoTime();
                List<BulkOperation> operations = batch.entrySet().stream()
                        .map(e -> BulkOperation.of(b -> b.index(i -> i.index(name).id(String.valueOf(e.getKey()))
                                .document(e.getValue().document()).version(e.getValue().version())
                                .versionType(VersionType.External))))
                        .toList();
                BulkResponse response = client.bulk(b -> b.operations(operations));
                bulkNanos += System.nanoTime() - bulkStarted;
                if (response.errors()) {
                    BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst()
                            .orElseThrow();
                    throw new IllegalStateException("bulk indexing failed: " + failed.error().reason());
                }
                written += batch.size();
                if (written % 10_000 < config.reindexBatch() || written == total) {
                    LOG.infof("Reindex: %d / %d products", written, total);
                }
            }
            client.indices().putSettings(p -> p.index(name).settings(st -> st.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(name));
            client.search(SearchRequests.warmUp(name), ProductDocument.class);
            index.swapAliasTo(name);
        } catch (IOException | RuntimeException e) {
            index.deleteIndex(name);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            index.deleteIndex(name);
            throw new IllegalStateException("reindex interrupted", e);
        } catch (ExecutionException e) {
            index.deleteIndex(name);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            reader.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Reindex: alias %s now points at %s (%d documents, %d ms; reading the database %d ms, waiting for"
                + " Elasticsearch %d ms)", index.alias(), name, written, millis, readNanos / 1_000_000,
                bulkNanos / 1_000_000);
        return new ProductIndexer.RebuildResult(name, written, millis);
    }
}
