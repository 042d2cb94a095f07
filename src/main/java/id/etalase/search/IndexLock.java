package id.etalase.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database-wide named lock (GET_LOCK) so that across all app replicas only one drains the outbox or
 * rebuilds the index at a time; a drain during a rebuild would write to the index being replaced.
 */
@ApplicationScoped
public class IndexLock {

    /** Named per database (by its name's hash: lock names have at most 64 characters), as a server may hold several. */
    private static final String TAKE = "SELECT GET_LOCK(CONCAT('etalase-search-index-', MD5(DATABASE())), ?)";
    private static final String RELEASE = "SELECT RELEASE_LOCK(CONCAT('etalase-search-index-', MD5(DATABASE())))";

    @Inject
    AgroalDataSource dataSource;

    /** The held lock, or empty when another holder keeps it beyond the wait. */
    public Optional<Held> acquire(int waitSeconds) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(TAKE)) {
                statement.setInt(1, waitSeconds);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next() && row.getInt(1) == 1) {
                        return Optional.of(new Held(connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the search index lock", e);
        }
    }

    /** A lock held on its own connection; closing releases both. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
                statement.execute();
            } catch (SQLException e) {
                // Closing the connection below releases the lock all the same.
            } finally {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}
