package id.etalase.account;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The encrypted session cookie (Quarkus' own persistent-login cookie: AES-GCM with the configured key, carrying the
 * login name and an idle expiry, renewed while in use). HttpOnly, SameSite=Lax, Secure when the request came over
 * HTTPS (as the trusted proxy reports it).
 */
@ApplicationScoped
public class SessionCookie {

    private static final Logger LOG = Logger.getLogger(SessionCookie.class);
    private static final long RENEW_AFTER_MILLIS = 60_000;
    static final int MIN_KEY_LENGTH = 32;
    static final String DEV_KEY = "dev-and-test-session-key-not-secret";

    private final PersistentLoginManager manager;
    private final String name;

    public SessionCookie(AccountConfig config) {
        AccountConfig.Session session = config.session();
        refuseWeakKeyInProduction(session.encryptionKey());
        this.name = session.cookieName();
        this.manager = new PersistentLoginManager(session.encryptionKey(), name, session.idleTimeout().toMillis(),
                RENEW_AFTER_MILLIS, true, "LAX", "/", -1, null);
    }

    /** Created at start-up, so that a weak key stops the start rather than the first login. */
    void onStart(@Observes StartupEvent event) {
        LOG.debugf("Session cookie %s ready", name);
    }

    /** Anyone who knows the key can forge any session: production needs a long secret one. */
    static void refuseWeakKeyInProduction(String key) {
        if (ConfigUtils.isProfileActive("prod") && (DEV_KEY.equals(key) || key.length() < MIN_KEY_LENGTH)) {
            throw new IllegalStateException("SESSION_KEY must be set to a secret of at least " + MIN_KEY_LENGTH
                    + " characters in production, the same on every replica (for example: openssl rand -base64 33)");
        }
    }

    public String name() {
        return name;
    }

    PersistentLoginManager.RestoreResult restore(RoutingContext context) {
        return manager.restore(context);
    }

    /** Logs the account in on this browser. */
    public void start(AccountView account, RoutingContext context) {
        manager.save(account.phone(), context, name, null, secure(context));
    }

    void renew(SecurityIdentity identity, RoutingContext context, PersistentLoginManager.RestoreResult restored) {
        manager.save(identity, context, restored, secure(context));
    }

    public void end(RoutingContext context) {
        manager.clear(context);
    }

    private static boolean secure(RoutingContext context) {
        return "https".equals(context.request().scheme());
    }
}
