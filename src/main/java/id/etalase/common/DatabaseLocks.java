package id.etalase.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Named locks held in the database (GET_LOCK), so that one app replica of many does a piece of work at a time. Each
 * name is kept per database (by its name's hash: lock names have at most 64 characters), as one server may hold
 * several portals or test runs.
 */
@ApplicationScoped
public class DatabaseLocks {

    private static final String TAKE = "SELECT GET_LOCK(CONCAT(?, MD5(DATABASE())), ?)";
    private static final String RELEASE = "SELECT RELEASE_LOCK(CONCAT(?, MD5(DATABASE())))";

    @Inject
    AgroalDataSource dataSource;

    /** The held lock, or empty when another holder keeps it beyond the wait. */
    public Optional<Held> acquire(String prefix, int waitSeconds) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(TAKE)) {
                statement.setString(1, prefix);
                statement.setInt(2, waitSeconds);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next() && row.getInt(1) == 1) {
                        return Optional.of(new Held(connection, prefix));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the lock " + prefix, e);
        }
    }

    /** A lock held on its own connection; closing releases both. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final String prefix;

        Held(Connection connection, String prefix) {
            this.connection = connection;
            this.prefix = prefix;
        }

        @Override
        public void close() {
            try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
                statement.setString(1, prefix);
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
