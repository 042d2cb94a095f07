package id.etalase.common;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Tells a database that cannot be reached (refused, silent, the pool out of connections) from a statement that
 * failed: the first is an outage the portal answers with 503 and rides out, the second a bug.
 */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    /** Anywhere in the cause chain: a lost or refused connection, a socket timeout, the pool's acquisition timeout. */
    public static boolean isUnavailable(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof SocketTimeoutException
                    || cause instanceof ConnectException) {
                return true;
            }
            // Hibernate's JDBCConnectionException, Connector/J's CommunicationsException and CJCommunicationsException
            String name = cause.getClass().getSimpleName();
            if (name.equals("JDBCConnectionException") || name.endsWith("CommunicationsException")) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getMessage() != null
                            && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    /** When an outage was last seen, in System.nanoTime(); 0 when none was. */
    private static volatile long outageSeenAt;

    /** Someone found the database away: reads that can do without it (cached settings) skip it for a while. */
    public static void outageSeen() {
        outageSeenAt = System.nanoTime();
    }

    /** Whether the database was found away within the last while: no point waiting for it again so soon. */
    public static boolean outageSeenWithin(java.time.Duration recently) {
        long seen = outageSeenAt;
        return seen != 0 && System.nanoTime() - seen < recently.toNanos();
    }

    /** The innermost message, for a one-line log entry. */
    public static String rootMessage(Throwable error) {
        Throwable root = error;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 32) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * A background job's view of an outage: one warning when it starts and one line when it ends, instead of a stack
     * trace every time the job runs while the database is away.
     */
    public static final class Outage {

        private final Logger log;
        private final String job;
        private final AtomicBoolean down = new AtomicBoolean();

        public Outage(Logger log, String job) {
            this.log = log;
            this.job = job;
        }

        /** Runs the job: a database outage is absorbed (logged once), any other failure goes on to the caller. */
        public void run(Runnable job) {
            try {
                job.run();
                succeeded();
            } catch (RuntimeException e) {
                if (!absorbed(e)) {
                    throw e;
                }
            }
        }

        /** True (and logged once) when the error is the database being away; false when the caller should report it. */
        public boolean absorbed(Throwable error) {
            if (!isUnavailable(error)) {
                return false;
            }
            outageSeen();
            if (down.compareAndSet(false, true)) {
                log.warnf("%s paused: database unavailable (%s); trying again quietly until it answers", job,
                        rootMessage(error));
            }
            return true;
        }

        /** The job ran: if the database had been away, say it is back. */
        public void succeeded() {
            if (down.compareAndSet(true, false)) {
                log.infof("%s running again: database answers", job);
            }
        }
    }
}
