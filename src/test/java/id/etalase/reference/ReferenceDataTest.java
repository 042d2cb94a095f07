package id.etalase.reference;

import id.etalase.common.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The names kept in memory follow a committed change at once, and ignore one that was rolled back. */
@QuarkusTest
class ReferenceDataTest {

    private static final String SLUG = "uji-sektor-ingatan";

    @Inject
    ReferenceData reference;

    @Inject
    Event<ReferenceChanged> changed;

    @Inject
    Sql sql;

    @AfterEach
    void removeTheSector() {
        sql.update("delete from sector where slug = ?", SLUG);
        QuarkusTransaction.requiringNew().run(() -> changed.fire(new ReferenceChanged()));
    }

    @Test
    void aCommittedChangeShowsAtOnceAndARolledBackOneNever() {
        QuarkusTransaction.requiringNew().run(() -> changed.fire(new ReferenceChanged()));
        reference.sectors(); // loaded just now, so kept for the next few seconds
        sql.update("insert into sector (slug, name_id, name_en, position) values (?, 'Ingatan', 'Memory', 99)", SLUG);
        assertTrue(reference.sector(SLUG).isEmpty(), "kept in memory until told, or until it is a few seconds old");

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                changed.fire(new ReferenceChanged());
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change did not commit
        }
        assertFalse(reference.sector(SLUG).isPresent(), "a change that did not commit forgets nothing");

        QuarkusTransaction.requiringNew().run(() -> changed.fire(new ReferenceChanged()));
        assertEquals("Memory", reference.sector(SLUG).orElseThrow().name("en"));
        assertEquals(SLUG, reference.sectors().get(reference.sectors().size() - 1).slug(), "in its place");
    }
}
