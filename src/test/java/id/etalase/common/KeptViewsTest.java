package id.etalase.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The rules of the views kept in memory, with a loader that counts its reads and can fail as a database does. */
class KeptViewsTest {

    /** A database stand-in: the value of each key, how often it was read, and whether it answers. */
    static final class Table implements Function<String, String> {
        final Map<String, String> rows = new HashMap<>();
        final List<String> reads = new ArrayList<>();
        RuntimeException failure;

        @Override
        public String apply(String key) {
            reads.add(key);
            if (failure != null) {
                throw failure;
            }
            return rows.get(key);
        }
    }

    static final RuntimeException DATABASE_AWAY = new IllegalStateException("pool",
            new SQLTransientConnectionException("Acquisition timeout"));

    final Table table = new Table();
    final List<Runnable> background = new ArrayList<>();

    KeptViews<String, String> kept(Duration freshFor) {
        return new KeptViews<>("test", freshFor, 100, table, background::add);
    }

    @Test
    void aFreshViewIsServedWithoutReadingAgain() {
        table.rows.put("home", "v1");
        KeptViews<String, String> views = kept(Duration.ofHours(1));
        assertEquals(Optional.of("v1"), views.get("home"));
        table.rows.put("home", "v2");
        assertEquals(Optional.of("v1"), views.get("home"), "another replica's change waits for freshness to end");
        assertEquals(List.of("home"), table.reads);
    }

    @Test
    void aChangeHereIsReadByTheNextReader() {
        table.rows.put("home", "v1");
        KeptViews<String, String> views = kept(Duration.ofHours(1));
        views.get("home");
        table.rows.put("home", "v2");
        views.forgetAll();
        assertEquals(Optional.of("v2"), views.get("home"));
        assertEquals(Optional.of("v2"), views.get("home"));
        assertEquals(List.of("home", "home"), table.reads);
    }

    @Test
    void anOldViewIsServedWhileOneBackgroundReadReplacesIt() {
        table.rows.put("home", "v1");
        KeptViews<String, String> views = kept(Duration.ZERO);
        views.get("home");
        table.rows.put("home", "v2");
        assertEquals(Optional.of("v1"), views.get("home"));
        assertEquals(Optional.of("v1"), views.get("home"));
        assertEquals(1, background.size(), "one background read, however many readers");
        background.remove(0).run();
        assertEquals(Optional.of("v2"), views.get("home"));
    }

    @Test
    void whileTheDatabaseIsAwayTheLastViewReadIsServedForgottenOrNot() {
        table.rows.put("home", "v1");
        KeptViews<String, String> views = kept(Duration.ZERO);
        views.get("home");
        views.forgetAll();
        table.failure = DATABASE_AWAY;
        assertEquals(Optional.of("v1"), views.get("home"));
        background.forEach(Runnable::run);
        assertEquals(Optional.of("v1"), views.get("home"), "a failed background read keeps what was read");
        assertThrows(IllegalStateException.class, () -> views.get("never-read"), "nothing kept: the outage shows");
    }

    @Test
    void aFailureThatIsNotAnOutageIsNotHidden() {
        KeptViews<String, String> views = kept(Duration.ofHours(1));
        table.failure = new IllegalArgumentException("a bug");
        assertThrows(IllegalArgumentException.class, () -> views.get("home"));
    }

    @Test
    void whatIsNotFoundIsNotKept() {
        KeptViews<String, String> views = kept(Duration.ofHours(1));
        assertTrue(views.get("new-product").isEmpty());
        table.rows.put("new-product", "published");
        assertEquals(Optional.of("published"), views.get("new-product"), "published later: found at once");
    }
}
