package id.etalase.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * A database-wide named lock (GET_LOCK) around start-up work that writes data once (the first admin, the demo
 * catalogue): when several replicas start together on one database, one does the work and the others wait for it,
 * then find it done. Flyway takes its own named lock for the migrations before any of this runs.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class);

    /** Named per database (by its name's hash: lock names have at most 64 characters), as a server may hold several. */
    private static final String TAKE = "SELECT GET_LOCK(CONCAT('etalase-start-up-', MD5(DATABASE())), ?)";
    private static final String RELEASE = "SELECT RELEASE_LOCK(CONCAT('etalase-start-up-', MD5(DATABASE())))";
    static final int WAIT_SECONDS = 300;

    /** Work that may throw what the caller handles. */
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Runs the work while holding the lock. When the lock cannot be had (another replica holds it beyond the wait, or
     * the database refuses), the work runs all the same: its own checks and unique keys still guard it.
     */
    public <E extends Exception> void run(String what, Work<E> work) throws E {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(TAKE)) {
                statement.setInt(1, WAIT_SECONDS);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next() || row.getInt(1) != 1) {
                        LOG.warnf("Start-up lock not had within %d s; %s goes ahead without it", WAIT_SECONDS, what);
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warnf("Start-up lock not taken (%s); %s goes ahead without it", e.getMessage(), what);
        }
        try {
            work.run();
        } finally {
            release(connection);
        }
    }

    private static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try (connection; PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            statement.execute();
        } catch (SQLException e) {
            // Closing the connection releases the lock all the same.
        }
    }
}
