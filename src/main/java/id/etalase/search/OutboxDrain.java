package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.DatabaseLocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Applies the outbox to the index in bulk: each product's document as the committed state has it, or its deletion. */
@ApplicationScoped
class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class);

    private record OutboxRow(long id, long productId) {
    }

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    SearchAnswers answers;

    @Inject
    IndexLock lock;

    @Inject
    IndexBuilder builder;

    @Inject
    SearchConfig config;

    @Inject
    ProductRepository products;

    /** Applies every pending outbox row to the index; rows stay when Elasticsearch cannot take them. */
    public ProductIndexer.DrainResult drain() throws IOException {
        Optional<DatabaseLocks.Held> held = lock.acquire(0);
        if (held.isEmpty()) {
            return new ProductIndexer.DrainResult(0, 0, 0, true);
        }
        try (DatabaseLocks.Held ignored = held.get()) {
            if (builder.ensureIndexMatchesDatabase()) {
                return new ProductIndexer.DrainResult(0, 0, 0, false);
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
                ProductIndexer.DrainResult batch = apply(rows);
                indexed += batch.indexed();
                deleted += batch.deleted();
                retained += batch.retained();
            }
            return new ProductIndexer.DrainResult(indexed, deleted, retained, false);
        }
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

    private ProductIndexer.DrainResult apply(List<OutboxRow> rows) throws IOException {
        Set<Long> productIds = new LinkedHashSet<>();
        rows.forEach(row -> productIds.add(row.productId()));
        // Documents and their versions come from one read of the committed state, whatever the rows say.
        List<VersionedDocument> changes = QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Product> loaded = products.findWithSellerByIds(productIds).stream()
                    .collect(Collectors.toMap(p -> p.id, Function.identity()));
            List<VersionedDocument> list = new ArrayList<>();
            for (long productId : productIds) {
                Product product = loaded.get(productId);
                if (product == null) {
                    list.add(new VersionedDocument(productId, null, null));
                } else {
                    list.add(new VersionedDocument(productId, product.isPublic() ? ProductDocument.of(product) : null,
                            DocumentVersion.of(product)));
                }
            }
            return list;
        });
        Map<Long, ProductDocument> documents = new HashMap<>();
        List<BulkOperation> operations = new ArrayList<>();
        List<Long> operationProducts = new ArrayList<>();
        for (VersionedDocument change : changes) {
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
        // Searchable when it returns: the answers kept before it are forgotten then, not before the refresh.
        BulkResponse response = client.bulk(b -> b.operations(operations).refresh(Refresh.WaitFor));
        answers.forget();
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
        return new ProductIndexer.DrainResult(indexed, deleted, rows.size() - doneRows.size(), false);
    }
}
