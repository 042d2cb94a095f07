package id.etalase.testing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Before every @QuarkusTest method: forgets what tests share through the one client address they all come from
 * (the failed logins counted against it), so no test inherits another's state, whatever their order. Registered in
 * META-INF/services; a test that needs such state builds it itself. (Rate limits are off in tests but RateLimitTest's
 * own profile; QuarkusMock clocks are undone by Quarkus after each test.)
 */
public class ResetSharedState implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        var container = Arc.container();
        if (container == null || !container.isRunning()) {
            return;
        }
        try (Connection connection = container.instance(AgroalDataSource.class).get().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from login_throttle");
        } catch (SQLException e) {
            // A test that keeps the database away (DatabaseDownTest) has nothing to forget while it is.
        }
    }
}
