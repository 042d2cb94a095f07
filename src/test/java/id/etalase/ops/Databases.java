package id.etalase.ops;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scratch databases for the ITs, made and dropped through scripts/servers.sh (root over the local socket, as on a
 * fresh machine and in CI), and plain JDBC queries against them as the app's user.
 */
final class Databases {

    private Databases() {
    }

    static String url(String database) {
        return "jdbc:mysql://127.0.0.1:3306/" + database + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&rewriteBatchedStatements=true&characterEncoding=UTF-8";
    }

    /** An empty database the app's user may use. */
    static void create(String database) throws IOException, InterruptedException {
        servers("scratch_database " + database);
    }

    static void drop(String database) throws IOException, InterruptedException {
        servers("drop_scratch_database " + database);
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "etalase", "etalase");
    }

    static long count(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<List<String>> rows(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static List<String> tables(String database) throws SQLException {
        return rows(database, "select table_name from information_schema.tables where table_schema = database()"
                + " order by table_name").stream().map(row -> row.get(0)).toList();
    }

    /** Runs a function of scripts/servers.sh (as scripts/test.sh would have it). */
    private static void servers(String call) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", "source scripts/servers.sh && " + call)
                .redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes());
        shell.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, shell.exitValue(), call + ":\n" + output);
    }
}
