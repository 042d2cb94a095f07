package id.etalase.catalog;

import id.etalase.common.JdbcBatches;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The one owner of product writes. A product's row and its waiting edits are written here, by {@link ListingService}
 * (members and admins) and {@link ProductRecords} (an organiser's import), which call it, and by the requests of
 * other features below (a sector merge asks catalog to move its products; it never updates catalog's tables; the demo
 * catalogue is loaded through {@link #load}). Search hears of every change from {@link #changed} alone: nothing else
 * fires {@link ProductChanged}, and nothing outside catalog writes product, product_revision or photo rows
 * (OwnedTablesTest).
 */
@ApplicationScoped
public class ProductWrites {

    /** A product of a catalogue loaded in bulk (the demo's): its member and sector by id, its times as given. */
    public record Loaded(String slug, long memberId, String name, String description, Long price, String unit,
            long sectorId, ProductStatus status, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    private static final String INSERT_LOADED = """
            INSERT INTO product (slug, member_id, name, description, price, unit, sector_id, status,
                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    @Inject
    ProductRepository products;

    @Inject
    Event<ProductChanged> changed;

    /** Stores a new product (its id is set after); the caller tells {@link #changed} once it is complete. */
    void add(Product product) {
        products.persist(product);
    }

    /** The product changed in this transaction: its search document follows (through the outbox) once it commits. */
    void changed(Product product) {
        announce(product.id);
    }

    private void announce(long productId) {
        changed.fire(new ProductChanged(productId));
    }

    /**
     * Writes a whole catalogue into an empty product table in JDBC batches (the demo's: thousands of products, one
     * multi-row insert per batch rather than an entity each). Search is not told product by product: an empty table
     * means the index describes nothing here, and the loader rebuilds it from the database after the commit
     * (DemoDataLoader does), which is quicker than an outbox row per product. Refused on a table that holds products.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void load(List<Loaded> loaded) {
        if (!Panache.getEntityManager().createNativeQuery("select id from product limit 1").getResultList().isEmpty()) {
            throw new IllegalStateException("a catalogue is loaded in bulk into an empty product table only");
        }
        JdbcBatches.run(INSERT_LOADED, loaded, (insert, product) -> {
            insert.setString(1, product.slug());
            insert.setLong(2, product.memberId());
            insert.setString(3, product.name());
            insert.setString(4, product.description());
            if (product.price() == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, product.price());
            }
            insert.setString(6, product.unit());
            insert.setLong(7, product.sectorId());
            insert.setString(8, product.status().name().toLowerCase(Locale.ROOT));
            insert.setObject(9, product.createdAt());
            insert.setObject(10, product.updatedAt());
        });
    }

    /** A sector merged into another: its products and their waiting edits move there, and search re-reads them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveSector(long fromSectorId, long intoSectorId) {
        List<Long> moved = productsOf(fromSectorId);
        // The product's version is part of its search document's: a higher one makes the index take the new sector.
        Panache.getEntityManager()
                .createNativeQuery("update product set sector_id = ?1, version = version + 1 where sector_id = ?2")
                .setParameter(1, intoSectorId).setParameter(2, fromSectorId).executeUpdate();
        Panache.getEntityManager().createNativeQuery("update product_revision set sector_id = ?1 where sector_id = ?2")
                .setParameter(1, intoSectorId).setParameter(2, fromSectorId).executeUpdate();
        moved.forEach(this::announce);
    }

    /** A sector renamed: the search documents of its products name it anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sectorRenamed(long sectorId) {
        List<Long> renamed = productsOf(sectorId);
        // The product's version is part of its search document's: a higher one makes the index take the new name.
        Panache.getEntityManager().createNativeQuery("update product set version = version + 1 where sector_id = ?1")
                .setParameter(1, sectorId).executeUpdate();
        renamed.forEach(this::announce);
    }

    private static List<Long> productsOf(long sectorId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = Panache.getEntityManager()
                .createNativeQuery("select id from product where sector_id = ?1 order by id")
                .setParameter(1, sectorId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
