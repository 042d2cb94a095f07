package id.etalase.admin;

import id.etalase.common.PortalClock;
import id.etalase.moderation.AuditLog;
import id.etalase.search.ProductIndexer;
import id.etalase.search.SearchIndex;
import id.etalase.search.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The admins' side of the search vocabulary: rules added and removed (audited), the searches that found nothing,
 * and the rebuild that applies the rules behind the alias while shoppers keep searching the old index.
 */
@ApplicationScoped
public class VocabularyService {

    private static final Logger LOG = Logger.getLogger(VocabularyService.class);
    static final int MISS_DAYS = 90;
    public static final int MISSES_SHOWN = 50;

    /** The page's view: the rules, whether the index already uses them, the searches that found nothing. */
    public record Overview(List<Vocabulary.Rule> rules, boolean applied, boolean searchReachable,
            List<Vocabulary.Miss> misses) {
    }

    @Inject
    Vocabulary vocabulary;

    @Inject
    SearchIndex index;

    @Inject
    ProductIndexer indexer;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    public Overview overview() {
        boolean reachable = true;
        boolean applied = false;
        try {
            applied = vocabulary.fingerprint().equals(index.appliedVocabulary());
        } catch (IOException | RuntimeException e) {
            reachable = false;
        }
        return new Overview(vocabulary.rules(), applied, reachable,
                vocabulary.misses(clock.today().minusDays(MISS_DAYS), MISSES_SHOWN));
    }

    @Transactional
    public void add(long actorId, String terms) {
        Vocabulary.Rule rule = vocabulary.add(terms);
        audit.record(actorId, "vocabulary.add", "vocabulary", rule.id(), rule.terms(), null, rule.terms(), null);
    }

    @Transactional
    public void addVariant(long actorId, String query, String meaning) {
        Vocabulary.Rule rule = vocabulary.addVariant(query, meaning);
        audit.record(actorId, "vocabulary.add", "vocabulary", rule.id(), rule.terms(), query, rule.terms(), null);
    }

    @Transactional
    public void remove(long actorId, long id) {
        vocabulary.remove(id).ifPresent(terms -> audit.record(actorId, "vocabulary.remove", "vocabulary", id, terms,
                terms, null, null));
    }

    /** Rebuilds the index with the current rules; false when search cannot be reached or another rebuild runs. */
    public boolean rebuild(long actorId) {
        try {
            ProductIndexer.RebuildResult result = indexer.rebuild();
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> audit.record(actorId,
                    "vocabulary.rebuild", "search", 0, result.index(), null, result.documents() + " documents", null));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Search index rebuild for the vocabulary failed: %s", e.getMessage());
            return false;
        }
    }
}
