package id.etalase.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records, inside the changing transaction, which products' search documents must be rewritten.
 * The indexer drains these rows after the commit, so a change is never lost even while Elasticsearch is down.
 */
@ApplicationScoped
public class SearchOutbox {

    /** Fired with the transaction; observed after a successful commit to drain at once. */
    public record Changed() {
    }

    @Inject
    Event<Changed> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void productChanged(long productId) {
        Panache.getEntityManager()
                .createNativeQuery("insert into search_outbox (product_id, created_at) values (?1, now(6))")
                .setParameter(1, productId)
                .executeUpdate();
        changed.fire(new Changed());
    }

    /** A member's name, district, scale or status shows in all its products' documents. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void memberChanged(long memberId) {
        Panache.getEntityManager()
                .createNativeQuery("insert into search_outbox (product_id, created_at)"
                        + " select id, now(6) from product where member_id = ?1")
                .setParameter(1, memberId)
                .executeUpdate();
        changed.fire(new Changed());
    }

    @Transactional
    public long pending() {
        return ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from search_outbox")
                .getSingleResult()).longValue();
    }

    /**
     * A document version from the database clock: microseconds of the row's time, times 1000, plus the row id's
     * last three digits to order rows of the same microsecond. Unlike row ids it keeps growing when the table is
     * emptied or the database restored.
     */
    static final String VERSION_SQL = "(unix_timestamp(%s) * 1000000) * 1000 + mod(%s, 1000)";

    /** The version a full reindex starting now gives its documents: every later change carries a higher one. */
    @Transactional
    public long versionNow() {
        Object now = Panache.getEntityManager()
                .createNativeQuery("select cast(unix_timestamp(now(6)) * 1000000 as signed) * 1000")
                .getSingleResult();
        return ((Number) now).longValue();
    }

    /** The identity of this database, stamped into every index built from it. */
    @Transactional
    public String databaseId() {
        return (String) Panache.getEntityManager().createNativeQuery("select database_id from search_state")
                .getSingleResult();
    }
}
