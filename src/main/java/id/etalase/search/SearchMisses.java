package id.etalase.search;

import id.etalase.common.DatabaseFaults;
import id.etalase.common.TypedText;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Searches that found nothing, for the admins' report of what shoppers look for in vain: one counter per normalised
 * query and filters per day. Counting never fails the search it counts.
 */
@ApplicationScoped
public class SearchMisses {

    private static final Logger LOG = Logger.getLogger(SearchMisses.class);
    static final int MAX_QUERY = 200;
    static final int MAX_FILTERS = 255;

    /** While the database was just found away, a zero-result search is not counted rather than wait for it. */
    static final java.time.Duration OUTAGE_PAUSE = java.time.Duration.ofSeconds(10);

    public void record(String query, String filters, String engine) {
        String normalised = normalise(query);
        if (!isWords(normalised)) {
            return;
        }
        if (DatabaseFaults.outageSeenWithin(OUTAGE_PAUSE)) {
            return;
        }
        String filterText = filters == null ? "" : cut(filters, MAX_FILTERS);
        try {
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                    .createNativeQuery("insert into search_miss (day, query, filters, engine, searches, last_seen)"
                            + " values (current_date(), ?1, ?2, ?3, 1, now(6))"
                            + " on duplicate key update searches = searches + 1, last_seen = now(6),"
                            + " engine = values(engine)")
                    .setParameter(1, normalised)
                    .setParameter(2, filterText)
                    .setParameter(3, engine)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Zero-result search not counted: %s", e.getMessage());
        }
    }

    /**
     * The words as searched ({@link TypedText#searchWords}), lower case, at most the column's length: "Kripik  Pisang"
     * and "kripik pisang" are one query, and a control character is never counted or shown.
     */
    static String normalise(String query) {
        return cut(TypedText.searchWords(query).toLowerCase(Locale.ROOT), MAX_QUERY);
    }

    /** "(((" or "!!!" is no word a vocabulary could learn: such searches are not counted or shown. */
    static boolean isWords(String normalised) {
        return normalised.codePoints().anyMatch(Character::isLetter);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
