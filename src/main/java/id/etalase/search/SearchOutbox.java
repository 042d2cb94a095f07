package id.etalase.search;

import id.etalase.catalog.ProductChanged;
import id.etalase.member.MemberChanged;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
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

    /** Observed synchronously, so the row is written in the transaction that changed the product. */
    @Transactional(Transactional.TxType.MANDATORY)
    void productChanged(@Observes ProductChanged event) {
        long productId = event.productId();
        Panache.getEntityManager()
                .createNativeQuery("insert into search_outbox (product_id, created_at) values (?1, now(6))")
                .setParameter(1, productId)
                .executeUpdate();
        changed.fire(new Changed());
    }

    /** A member's name, district, scale or status shows in all its products' documents. */
    @Transactional(Transactional.TxType.MANDATORY)
    void memberChanged(@Observes MemberChanged event) {
        long memberId = event.memberId();
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

    /** The identity of this database, stamped into every index built from it. */
    @Transactional
    public String databaseId() {
        return (String) Panache.getEntityManager().createNativeQuery("select database_id from search_state")
                .getSingleResult();
    }
}
