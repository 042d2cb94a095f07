package id.etalase.enquiry;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One random key per day, shared by all replicas through the database and deleted after two days, so old client
 * hashes cannot be recomputed from an address even by someone holding the secret and a copy of the tables.
 */
@ApplicationScoped
class DailyKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What this replica knows of each day: its key, or that a past day has none (asked once, not per request). */
    private final Map<LocalDate, Optional<byte[]>> known = new ConcurrentHashMap<>();

    /** The day's key, created by whichever replica needs it first. */
    byte[] key(LocalDate day) {
        return known.compute(day, (d, seen) -> seen != null && seen.isPresent() ? seen
                : Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                    byte[] fresh = new byte[32];
                    RANDOM.nextBytes(fresh);
                    Panache.getEntityManager().createNativeQuery("insert ignore into client_hash_key (day, secret)"
                            + " values (?1, ?2)").setParameter(1, d).setParameter(2, fresh).executeUpdate();
                    return read(d).orElseThrow();
                }))).orElseThrow();
    }

    /** The day's key if one was made; a past day without one has no hashes to match. */
    Optional<byte[]> existing(LocalDate day) {
        return known.computeIfAbsent(day, d -> QuarkusTransaction.requiringNew().call(() -> read(d)));
    }

    /** Forgets the keys of days before the given one, here and in the database. */
    int deleteBefore(LocalDate day) {
        known.keySet().removeIf(d -> d.isBefore(day));
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("delete from client_hash_key where day < ?1").setParameter(1, day)
                .executeUpdate());
    }

    private static Optional<byte[]> read(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = Panache.getEntityManager().createNativeQuery(
                "select secret from client_hash_key where day = ?1").setParameter(1, day).getResultList();
        return rows.stream().findFirst();
    }
}
