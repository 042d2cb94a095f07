package id.etalase.enquiry;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Writes an enquiry or product view row unless the same client has one for the product within the window. */
@ApplicationScoped
class VisitRecorder {

    enum Kind {
        ENQUIRY("enquiry", "enquiries"), VIEW("product_view", "views");

        final String table;
        /** The column of product_daily_count that keeps this kind's count once the single rows are gone. */
        final String dailyColumn;

        Kind(String table, String dailyColumn) {
            this.table = table;
            this.dailyColumn = dailyColumn;
        }
    }

    /** A view or enquiry taken on a request, waiting to be written; {@code takenAt} in System.nanoTime(). */
    record Visit(Kind kind, long productId, long memberId, ClientFingerprint.Hashes client, String sourcePage,
            long takenAt) {
    }

    /**
     * Writes a batch in one transaction, each visit as {@link #recordOnce} does; answers the visits that counted.
     * Writing a batch twice counts nothing twice, so a batch that lost a deadlock can simply be written again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Visit> recordAll(List<Visit> visits, long windowMicros, long now) {
        List<Visit> counted = new ArrayList<>();
        for (Visit visit : visits) {
            if (insertOnce(visit, windowMicros, now)) {
                counted.add(visit);
            }
        }
        return counted;
    }

    /** One visit in its own transaction: a batch the database refused is written one by one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean recordOnce(Visit visit, long windowMicros, long now) {
        return insertOnce(visit, windowMicros, now);
    }

    /**
     * One statement checks and inserts, on the database clock, dated back by as long as the visit waited. Two
     * identical visits written at the same instant by two replicas both lock the gap they read and one is chosen as a
     * deadlock victim; its retry then sees the other's row. The check also looks for the client's hash under
     * yesterday's key, so the window holds across midnight.
     */
    private boolean insertOnce(Visit visit, long windowMicros, long now) {
        long waitedMicros = Math.max(0, (now - visit.takenAt()) / 1000);
        return Panache.getEntityManager()
                .createNativeQuery("insert into " + visit.kind().table
                        + " (product_id, member_id, client_hash, source_page, created_at)"
                        + " select ?1, ?2, ?3, ?4, now(6) - interval ?7 microsecond from dual where not exists"
                        + " (select 1 from " + visit.kind().table + " where product_id = ?1 and client_hash in (?3, ?6)"
                        + " and created_at > now(6) - interval ?7 microsecond - interval ?5 microsecond)")
                .setParameter(1, visit.productId())
                .setParameter(2, visit.memberId())
                .setParameter(3, visit.client().today())
                .setParameter(4, visit.sourcePage())
                .setParameter(5, windowMicros)
                .setParameter(6, visit.client().yesterday())
                .setParameter(7, waitedMicros)
                .executeUpdate() == 1;
    }

    static final String FOLD_LOCK = "etalase-fold-visits";

    /**
     * Adds the single rows older than the retention to their product's daily counts and deletes them, in one
     * transaction, so each row is counted exactly once; one replica at a time (a named lock), the others skip.
     * Answers how many rows it folded.
     */
    @Transactional
    int foldOlderThan(Kind kind, long retentionSeconds) {
        var em = Panache.getEntityManager();
        // Named per database, as DatabaseLocks' are: another database on the same server does not hold it.
        if (((Number) em.createNativeQuery("select get_lock(concat(?1, md5(database())), 0)")
                .setParameter(1, FOLD_LOCK).getSingleResult())
                .intValue() != 1) {
            return 0;
        }
        try {
            return fold(kind, retentionSeconds);
        } finally {
            em.createNativeQuery("select release_lock(concat(?1, md5(database())))").setParameter(1, FOLD_LOCK)
                    .getSingleResult();
        }
    }

    private int fold(Kind kind, long retentionSeconds) {
        var em = Panache.getEntityManager();
        // One cut-off for both statements, read once from the database clock.
        Object cutoff = em.createNativeQuery("select now(6) - interval ?1 second").setParameter(1, retentionSeconds)
                .getSingleResult();
        em.createNativeQuery("insert into product_daily_count (day, product_id, member_id, " + kind.dailyColumn + ")"
                        + " select date(created_at), product_id, member_id, count(*) from " + kind.table
                        + " where created_at < ?1 group by date(created_at), product_id, member_id"
                        + " on duplicate key update " + kind.dailyColumn + " = " + kind.dailyColumn
                        + " + values(" + kind.dailyColumn + ")")
                .setParameter(1, cutoff)
                .executeUpdate();
        return em.createNativeQuery("delete from " + kind.table + " where created_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
