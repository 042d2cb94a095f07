package id.etalase.enquiry;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes an enquiry or product view row unless the same client has one for the product within the window. */
@ApplicationScoped
class VisitRecorder {

    enum Kind {
        ENQUIRY("enquiry"), VIEW("product_view");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /**
     * One statement checks and inserts, on the database clock. Two identical clicks at the same instant both lock the
     * gap they read and one of them is chosen as a deadlock victim; its retry then sees the other's row.
     * Its own transaction, so a failed count never rolls back (or waits for) the caller's work.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean recordOnce(Kind kind, long productId, long memberId, String clientHash, String sourcePage,
            long windowMicros) {
        return Panache.getEntityManager()
                .createNativeQuery("insert into " + kind.table
                        + " (product_id, member_id, client_hash, source_page, created_at)"
                        + " select ?1, ?2, ?3, ?4, now(6) from dual where not exists (select 1 from " + kind.table
                        + " where product_id = ?1 and client_hash = ?3 and created_at > now(6) - interval ?5 microsecond)")
                .setParameter(1, productId)
                .setParameter(2, memberId)
                .setParameter(3, clientHash)
                .setParameter(4, sourcePage)
                .setParameter(5, windowMicros)
                .executeUpdate() == 1;
    }
}
