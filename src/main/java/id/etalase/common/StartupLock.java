package id.etalase.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A database-wide named lock (GET_LOCK) around start-up work that writes data once (the first admin, the demo
 * catalogue): when several replicas start together on one database, one does the work and the others wait for it,
 * then find it done. Flyway takes its own named lock for the migrations before any of this runs.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class);

    static final int WAIT_SECONDS = 300;

    /** Work that may throw what the caller handles. */
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    @Inject
    DatabaseLocks locks;

    /**
     * Runs the work while holding the lock. When the lock cannot be had (another replica holds it beyond the wait, or
     * the database refuses), the work runs all the same: its own checks and unique keys still guard it.
     */
    public <E extends Exception> void run(String what, Work<E> work) throws E {
        Optional<DatabaseLocks.Held> held = Optional.empty();
        try {
            held = locks.acquire("etalase-start-up-", WAIT_SECONDS);
            if (held.isEmpty()) {
                LOG.warnf("Start-up lock not had within %d s; %s goes ahead without it", WAIT_SECONDS, what);
            }
        } catch (IllegalStateException e) {
            LOG.warnf("Start-up lock not taken (%s); %s goes ahead without it", e.getCause().getMessage(), what);
        }
        try {
            work.run();
        } finally {
            held.ifPresent(DatabaseLocks.Held::close);
        }
    }
}
