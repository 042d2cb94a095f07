package id.etalase.account;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Failed logins slow down, then lock, one account (whoever tries it) and one client (whatever accounts it tries).
 * Kept in the database so that every replica counts the same failures; the database's clock decides.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    AccountConfig config;

    /** How long a try for this account from this client must wait; zero when it may go ahead. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration waitBefore(String phone, String client) {
        AccountConfig.Throttle rules = config.throttle();
        long account = secondsToWait(accountKey(phone), rules.slowAfter(), rules.slowDelay());
        long byClient = secondsToWait(clientKey(client), Integer.MAX_VALUE, Duration.ZERO);
        return Duration.ofSeconds(Math.max(account, byClient));
    }

    /** Counts a failure against the account and the client; past the limits they are locked for a while. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String phone, String client) {
        AccountConfig.Throttle rules = config.throttle();
        count(accountKey(phone), rules.lockAfter());
        count(clientKey(client), rules.clientLockAfter());
    }

    /** A login that succeeds forgets the account's failures (not the client's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String phone) {
        Panache.getEntityManager().createNativeQuery("delete from login_throttle where throttle_key = ?1")
                .setParameter(1, accountKey(phone))
                .executeUpdate();
    }

    private long secondsToWait(String key, int slowAfter, Duration slowDelay) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select"
                + " greatest(0, coalesce(timestampdiff(second, now(6), blocked_until), 0)),"
                + " case when failures >= ?2 then greatest(0, ?3 - timestampdiff(second, last_failure_at, now(6)))"
                + " else 0 end"
                + " from login_throttle where throttle_key = ?1", Object[].class)
                .setParameter(1, key)
                .setParameter(2, slowAfter)
                .setParameter(3, slowDelay.toSeconds())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Object[] row = rows.get(0);
        return Math.max(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** One more failure within the window (a failure after it starts a new count); at the limit, a lockout. */
    private void count(String key, int lockAfter) {
        AccountConfig.Throttle rules = config.throttle();
        Panache.getEntityManager().createNativeQuery("insert into login_throttle"
                + " (throttle_key, failures, first_failure_at, last_failure_at) values (?1, 1, now(6), now(6))"
                + " on duplicate key update"
                + " failures = if(first_failure_at < now(6) - interval ?2 second, 1, failures + 1),"
                + " first_failure_at = if(first_failure_at < now(6) - interval ?2 second, now(6), first_failure_at),"
                + " last_failure_at = now(6)")
                .setParameter(1, key)
                .setParameter(2, rules.window().toSeconds())
                .executeUpdate();
        Panache.getEntityManager().createNativeQuery("update login_throttle"
                + " set blocked_until = now(6) + interval ?2 second, failures = 0, first_failure_at = now(6)"
                + " where throttle_key = ?1 and failures >= ?3")
                .setParameter(1, key)
                .setParameter(2, rules.lockout().toSeconds())
                .setParameter(3, lockAfter)
                .executeUpdate();
    }

    static String accountKey(String phone) {
        return "account:" + phone;
    }

    /** The client's address is kept only as a keyed hash. */
    String clientKey(String client) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(config.session().encryptionKey().getBytes(StandardCharsets.UTF_8));
            sha.update(client.getBytes(StandardCharsets.UTF_8));
            return "client:" + HexFormat.of().formatHex(sha.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
