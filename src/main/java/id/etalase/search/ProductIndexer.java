package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductStatus;
import id.etalase.demo.DemoDataLoaded;
import id.etalase.member.MemberStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Writes product documents to Elasticsearch: drains the outbox in bulk and rebuilds the whole index. */
@ApplicationScoped
public class ProductIndexer {

    private static final Logger LOG = Logger.getLogger(ProductIndexer.class);

    /** What one drain did: documents written or deleted, rows that stay for a later try. */
    public record DrainResult(int indexed, int deleted, int retained, boolean lockBusy) {
    }

    public record RebuildResult(String index, long documents, long millis) {
    }

    private record OutboxRow(long id, long productId) {
    }

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

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile boolean indexVerified;

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
        // In the background: a silent Elasticsearch must not hold up the start of the portal.
        background.execute(() -> {
            try {
                try (IndexLock.Held ignored = lock.acquire(120).orElseThrow(
                        () -> new IllegalStateException("another rebuild or drain holds the index lock"))) {
                    ensureIndexMatchesDatabase();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Search index not ready at start-up (%s); search answers from the database until it is",
                        e.getMessage());
            }
        });
    }

    /** Fresh demo data means the index (if any) describes other data: rebuild it. */
    void onDemoData(@Observes DemoDataLoaded loaded) {
        try {
            rebuild();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Search index not rebuilt after loading demo data (%s)", e.getMessage());
        }
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
        try {
            drain();
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Outbox not drained, Elasticsearch unavailable: %s", e.getMessage());
        }
    }

    /** Applies every pending outbox row to the index; rows stay when Elasticsearch cannot take them. */
    public DrainResult drain() throws IOException {
        Optional<IndexLock.Held> held = lock.acquire(0);
        if (held.isEmpty()) {
            return new DrainResult(0, 0, 0, true);
        }
        try (IndexLock.Held ignored = held.get()) {
            if (ensureIndexMatchesDatabase()) {
                return new DrainResult(0, 0, 0, false);
            }
            int indexed = 0;
            int deleted = 0;
            int retained = 0;
            long after = 0;
            while (true) {
                List<OutboxRow> rows = pendingRows(after);
                if (rows.isEmpty()) {
                    break;
                }
                after = rows.get(rows.size() - 1).id();
                DrainResult batch = apply(rows);
                indexed += batch.indexed();
                deleted += batch.deleted();
                retained += batch.retained();
            }
            return new DrainResult(indexed, deleted, retained, false);
        }
    }

    /**
     * Rebuilds when the alias is missing or its index was built from another database (reset or restored);
     * checked once per app instance. Call with the lock held. True when it rebuilt.
     */
    private boolean ensureIndexMatchesDatabase() throws IOException {
        if (indexVerified) {
            return false;
        }
        boolean rebuild = !index.aliasExists() || !index.builtFrom(outbox.databaseId());
        if (rebuild) {
            LOG.info("Search index missing or built from another database; rebuilding it");
            rebuildLocked();
        }
        indexVerified = true;
        return rebuild;
    }

    private List<OutboxRow> pendingRows(long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> products.getEntityManager()
                .createNativeQuery("select id, product_id from search_outbox where id > ?1 order by id", Object[].class)
                .setParameter(1, afterId)
                .setMaxResults(config.drainBatch())
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new OutboxRow(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
                })
                .toList());
    }

    /** What one product's document becomes: written with its version, or deleted (document null). */
    private record Indexing(long productId, ProductDocument document, Long version) {
    }

    private DrainResult apply(List<OutboxRow> rows) throws IOException {
        Set<Long> productIds = new LinkedHashSet<>();
        rows.forEach(row -> productIds.add(row.productId()));
        // Documents and their versions come from one read of the committed state, whatever the rows say.
        List<Indexing> changes = QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Product> loaded = products.findWithSellerByIds(productIds).stream()
                    .collect(Collectors.toMap(p -> p.id, Function.identity()));
            List<Indexing> list = new ArrayList<>();
            for (long productId : productIds) {
                Product product = loaded.get(productId);
                if (product == null) {
                    list.add(new Indexing(productId, null, null));
                } else {
                    list.add(new Indexing(productId, isPublic(product) ? ProductDocument.of(product) : null,
                            DocumentVersion.of(product)));
                }
            }
            return list;
        });
        Map<Long, ProductDocument> documents = new HashMap<>();
        List<BulkOperation> operations = new ArrayList<>();
        List<Long> operationProducts = new ArrayList<>();
        for (Indexing change : changes) {
            String id = String.valueOf(change.productId());
            if (change.document() != null) {
                documents.put(change.productId(), change.document());
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(index.alias()).id(id)
                        .document(change.document()).version(change.version()).versionType(VersionType.External))));
            } else if (change.version() != null) {
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index.alias()).id(id)
                        .version(change.version()).versionType(VersionType.External))));
            } else {
                // The product row is gone for good: nothing newer can ever follow.
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index.alias()).id(id))));
            }
            operationProducts.add(change.productId());
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        Set<Long> doneProducts = new HashSet<>();
        int indexed = 0;
        int deleted = 0;
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            long productId = operationProducts.get(i);
            // 409: the index already holds this state or a newer one; 404: nothing to delete. Both mean done.
            boolean done = item.error() == null || item.status() == 409 || item.status() == 404;
            if (done) {
                doneProducts.add(productId);
                if (documents.containsKey(productId)) {
                    indexed++;
                } else {
                    deleted++;
                }
            } else {
                LOG.warnf("Search document for product %d not written: %s", productId, item.error().reason());
            }
        }
        List<Long> doneRows = rows.stream().filter(r -> doneProducts.contains(r.productId()))
                .map(OutboxRow::id).toList();
        if (!doneRows.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> products.getEntityManager()
                    .createNativeQuery("delete from search_outbox where id in (:ids)")
                    .setParameter("ids", doneRows)
                    .executeUpdate());
        }
        return new DrainResult(indexed, deleted, rows.size() - doneRows.size(), false);
    }

    static boolean isPublic(Product product) {
        return product.status == ProductStatus.PUBLISHED && product.member.status == MemberStatus.ACTIVE;
    }

    /** Builds a new index from the database and swaps the alias to it; searches never see a half-built index. */
    public RebuildResult rebuild() throws IOException {
        try (IndexLock.Held ignored = lock.acquire(120)
                .orElseThrow(() -> new IllegalStateException("another rebuild or drain holds the index lock"))) {
            return rebuildLocked();
        }
    }

    private RebuildResult rebuildLocked() throws IOException {
        long started = System.nanoTime();
        long total = QuarkusTransaction.requiringNew().call(products::countPublic);
        String name = index.createNextIndex(outbox.databaseId());
        LOG.infof("Reindex: building %s with %d products", name, total);
        // No refreshes while the new index fills: nobody searches it before the swap.
        client.indices().putSettings(p -> p.index(name).settings(st -> st.refreshInterval(t -> t.time("-1"))));
        long written = 0;
        try {
            long lastId = 0;
            while (true) {
                long after = lastId;
                // Each document carries the version of the state it was read in; changes committed meanwhile wait
                // in the outbox and carry higher versions when the drain after the swap applies them.
                Map<Long, Indexing> batch = QuarkusTransaction.requiringNew().call(() -> {
                    Map<Long, Indexing> page = new LinkedHashMap<>();
                    products.findPublicAfter(after, config.reindexBatch()).forEach(p -> page.put(p.id,
                            new Indexing(p.id, ProductDocument.of(p), DocumentVersion.of(p))));
                    return page;
                });
                if (batch.isEmpty()) {
                    break;
                }
                List<BulkOperation> operations = batch.entrySet().stream()
                        .map(e -> BulkOperation.of(b -> b.index(i -> i.index(name).id(String.valueOf(e.getKey()))
                                .document(e.getValue().document()).version(e.getValue().version())
                                .versionType(VersionType.External))))
                        .toList();
                BulkResponse response = client.bulk(b -> b.operations(operations));
                if (response.errors()) {
                    BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst()
                            .orElseThrow();
                    throw new IllegalStateException("bulk indexing failed: " + failed.error().reason());
                }
                written += batch.size();
                lastId = batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
                if (written % 10_000 < config.reindexBatch() || written == total) {
                    LOG.infof("Reindex: %d / %d products", written, total);
                }
            }
            client.indices().putSettings(p -> p.index(name).settings(st -> st.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(name));
            client.search(SearchService.warmUp(name), ProductDocument.class);
            index.swapAliasTo(name);
        } catch (IOException | RuntimeException e) {
            index.deleteIndex(name);
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Reindex: alias %s now points at %s (%d documents, %d ms)", index.alias(), name, written, millis);
        return new RebuildResult(name, written, millis);
    }
}
