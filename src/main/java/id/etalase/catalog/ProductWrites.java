package id.etalase.catalog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The one owner of product writes. A product's row and its waiting edits are written here, by {@link ListingService}
 * (members and admins) and {@link ProductRecords} (an organiser's import), which call it, and by the requests of
 * other features below (a sector merge asks catalog to move its products; it never updates catalog's tables). Search
 * hears of every change from {@link #changed} alone: nothing else fires {@link ProductChanged}, and nothing outside
 * catalog writes product, product_revision or photo rows (OwnedTablesTest).
 */
@ApplicationScoped
public class ProductWrites {

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
