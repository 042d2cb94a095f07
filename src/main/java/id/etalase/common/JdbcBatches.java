package id.etalase.common;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;

/**
 * Many rows written with one prepared statement sent in batches, on the current transaction's connection: how an
 * owner loads thousands of rows (the demo catalogue) without an entity and a round trip each.
 */
public final class JdbcBatches {

    /** Rows per batch; with rewriteBatchedStatements the driver sends each batch as one multi-row insert. */
    public static final int SIZE = 1000;

    /** Sets one row's parameters on the statement. */
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatches() {
    }

    /** Runs {@code sql} once per row, in batches of {@link #SIZE}, inside the caller's transaction. */
    public static <T> void run(String sql, List<T> rows, Binder<T> binder) {
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                    if (++pending == SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }
}
