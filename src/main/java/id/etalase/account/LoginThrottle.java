package id.etalase.account;

import id.etalase.common.ClientNetworks;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Password guesses, counted in the database so that every replica counts alike (the database's clock decides).
 * One account from one client gets a fixed number of tries per window, taken before the password is checked; past
 * it that pair is refused until the window ends. Failures on one account (from anywhere) or from one client (on
 * any account) never refuse anyone: they only make each further wrong answer wait longer, so a stranger guessing
 * cannot lock the owner out, nor one person's typos everyone behind the same carrier address.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    AccountConfig config;

    /**
     * Takes one try for this account from this client: zero when the password may be checked, otherwise how long
     * the pair must wait. One row update decides, so N parallel tries take N slots and no more than the limit pass.
     */
    public Duration claim(String phone, String client) {
        AccountConfig.Throttle rules = config.throttle();
        String key = pairKey(phone, client);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("insert ignore into login_throttle (throttle_key, tries, window_started_at)"
                        + " values (?1, 0, now(6))")
                .setParameter(1, key)
                .executeUpdate());
        int claimed = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("update login_throttle set"
                        + " tries = if(window_started_at <= now(6) - interval ?2 second, 1, tries + 1),"
                        + " window_started_at = if(window_started_at <= now(6) - interval ?2 second, now(6),"
                        + " window_started_at)"
                        + " where throttle_key = ?1 and (tries < ?3 or window_started_at <= now(6) - interval ?2 second)")
                .setParameter(1, key)
                .setParameter(2, rules.window().toSeconds())
                .setParameter(3, rules.triesPerClient())
                .executeUpdate());
        if (claimed == 1) {
            return Duration.ZERO;
        }
        Number seconds = QuarkusTransaction.requiringNew().call(() -> (Number) Panache.getEntityManager()
                .createNativeQuery("select timestampdiff(second, now(6), window_started_at + interval ?2 second)"
                        + " from login_throttle where throttle_key = ?1")
                .setParameter(1, key)
                .setParameter(2, rules.window().toSeconds())
                .getResultStream().findFirst().orElse(0));
        return Duration.ofSeconds(Math.max(1, seconds.longValue() + 1));
    }

    /**
     * Counts a wrong password against the account and the client, and says how long its answer should wait: nothing
     * for the first {@code slowAfter} failures in a window, then a delay that doubles with each failure up to
     * {@code maxDelay}.
     */
    public Duration failed(String phone, String client) {
        AccountConfig.Throttle rules = config.throttle();
        long onAccount = countFailure(accountKey(phone));
        long fromClient = countFailure(clientKey(client));
        return Slowdown.of(rules).after(Math.max(onAccount - rules.slowAfter(), fromClient - rules.clientSlowAfter()));
    }

    /** A login that succeeds gives the pair its tries back (the account's and the client's failures still count). */
    public void succeeded(String phone, String client) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("delete from login_throttle where throttle_key = ?1")
                .setParameter(1, pairKey(phone, client))
                .executeUpdate());
    }

    /** A password set through a reset link: the account's failures are forgotten and every client may try again. */
    public void forgetAccount(String phone) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("delete from login_throttle where throttle_key = ?1 or throttle_key like ?2")
                .setParameter(1, accountKey(phone))
                .setParameter(2, "pair:" + phone + ":%")
                .executeUpdate());
    }

    /** One more failure within the window (the first after it starts a new count); the count afterwards. */
    private long countFailure(String key) {
        long window = config.throttle().window().toSeconds();
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().createNativeQuery("insert into login_throttle"
                    + " (throttle_key, tries, window_started_at) values (?1, 1, now(6))"
                    + " on duplicate key update"
                    + " tries = if(window_started_at <= now(6) - interval ?2 second, 1, tries + 1),"
                    + " window_started_at = if(window_started_at <= now(6) - interval ?2 second, now(6),"
                    + " window_started_at)")
                    .setParameter(1, key)
                    .setParameter(2, window)
                    .executeUpdate();
            return ((Number) Panache.getEntityManager()
                    .createNativeQuery("select tries from login_throttle where throttle_key = ?1")
                    .setParameter(1, key)
                    .getSingleResult()).longValue();
        });
    }

    static String accountKey(String phone) {
        return "account:" + phone;
    }

    /** Addresses are kept only as keyed hashes; an IPv6 client is its /64, as for the rate limits. */
    String clientKey(String client) {
        return "client:" + keyedHash(ClientNetworks.of(client));
    }

    String pairKey(String phone, String client) {
        return "pair:" + phone + ':' + keyedHash(ClientNetworks.of(client));
    }

    private String keyedHash(String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(config.session().encryptionKey().getBytes(StandardCharsets.UTF_8));
            sha.update(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The wait before a wrong answer: doubling from {@code slowDelay} for each failure past the threshold. */
    record Slowdown(Duration first, Duration max) {

        static Slowdown of(AccountConfig.Throttle rules) {
            return new Slowdown(rules.slowDelay(), rules.maxDelay());
        }

        Duration after(long failuresPastThreshold) {
            if (failuresPastThreshold <= 0) {
                return Duration.ZERO;
            }
            long doublings = Math.min(failuresPastThreshold - 1, 20);
            Duration delay = first.multipliedBy(1L << doublings);
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }
}
