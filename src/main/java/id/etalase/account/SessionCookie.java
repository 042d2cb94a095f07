package id.etalase.account;

import id.etalase.common.PortalClock;
import id.etalase.common.Secrets;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The encrypted session cookie (Quarkus' own persistent-login cookie: AES-GCM with the configured key and an idle
 * expiry, renewed while in use). It carries the account's number, its session generation, when the login happened
 * and a random session id, so that a session can be ended on the server: by logging out (the id), by a password
 * change, reset or suspension (the generation), or by its absolute lifetime. HttpOnly, SameSite=Lax, Secure when
 * the request came over HTTPS (as the trusted proxy reports it).
 */
@ApplicationScoped
public class SessionCookie {

    private static final Logger LOG = Logger.getLogger(SessionCookie.class);
    private static final long RENEW_AFTER_MILLIS = 60_000;

    private final PersistentLoginManager manager;
    private final String name;
    private final SecureRandom random = new SecureRandom();

    private final PortalClock clock;

    public SessionCookie(AccountConfig config, PortalClock clock) {
        this.clock = clock;
        AccountConfig.Session session = config.session();
        Secrets.refuseWeakInProduction("SESSION_KEY", session.encryptionKey());
        this.name = session.cookieName();
        this.manager = new PersistentLoginManager(session.encryptionKey(), name, session.idleTimeout().toMillis(),
                RENEW_AFTER_MILLIS, true, "LAX", "/", -1, null);
    }

    /** Created at start-up, so that a weak key stops the start rather than the first login. */
    void onStart(@Observes StartupEvent event) {
        LOG.debugf("Session cookie %s ready", name);
    }

    public String name() {
        return name;
    }

    /** The session this browser's cookie names, if it carries a valid, unexpired (idle) one. */
    public Optional<Session> current(RoutingContext context) {
        PersistentLoginManager.RestoreResult restored = manager.restore(context);
        return restored == null ? Optional.empty() : Session.parse(restored.getPrincipal(), restored);
    }

    /** Logs the account in on this browser: a new session. */
    public void start(AccountView account, RoutingContext context) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        Session session = new Session(account.phone(), account.sessionGeneration(), clock.now().getEpochSecond(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(id), null);
        manager.save(session.value(), context, name, null, secure(context));
    }

    void renew(Session session, RoutingContext context) {
        manager.save(session.value(), context, name, session.restored(), secure(context));
    }

    public void end(RoutingContext context) {
        manager.clear(context);
    }

    private static boolean secure(RoutingContext context) {
        return "https".equals(context.request().scheme());
    }

    /** What the cookie says: whose session, of which generation, started when, under which id. */
    public record Session(String phone, int generation, long startedAt, String id,
            PersistentLoginManager.RestoreResult restored) {

        static Optional<Session> parse(String value, PersistentLoginManager.RestoreResult restored) {
            String[] parts = value.split(":", -1);
            if (parts.length != 4 || !parts[0].matches("\\d{8,15}") || !parts[1].matches("\\d{1,9}")
                    || !parts[2].matches("\\d{1,12}") || !parts[3].matches("[A-Za-z0-9_-]{22}")) {
                return Optional.empty(); // a cookie from before sessions had ids, or not ours
            }
            return Optional.of(new Session(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]), parts[3],
                    restored));
        }

        String value() {
            return phone + ':' + generation + ':' + startedAt + ':' + id;
        }

        public Instant started() {
            return Instant.ofEpochSecond(startedAt);
        }
    }
}
