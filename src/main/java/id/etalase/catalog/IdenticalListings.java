package id.etalase.catalog;

import id.etalase.common.DatabaseFaults;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * A seller's identical listings (the same name, whatever the letter case and spacing) show once in search and
 * listings: the oldest stays, the others are kept out. Read whole in the background as the app starts and every few
 * minutes after (changes on other replicas), and per seller after each change here. A handful at 100,000 products.
 */
@ApplicationScoped
public class IdenticalListings {

    private static final Logger LOG = Logger.getLogger(IdenticalListings.class);

    @Inject
    ProductRepository products;

    /** Per seller: its public products that repeat an older one's name. */
    private final Map<Long, Set<Long>> repeatsBySeller = new ConcurrentHashMap<>();
    private volatile Set<Long> hidden = Set.of();

    /** The public products a search leaves out: each repeats an older listing of the same seller. */
    public Set<Long> hidden() {
        return hidden;
    }

    /** One seller's listings are identical when their names are, whatever the letter case and spacing. */
    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The first run comes as the scheduler starts, off the start-up path: every public product's name is read. */
    @Scheduled(every = "${etalase.catalog.identical-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            if (!DatabaseFaults.isUnavailable(e)) {
                throw e;
            }
            LOG.debugf("Identical listings not read, database unavailable: %s", e.getMessage());
        }
    }

    /** Reads every seller's public listings' names again. */
    public void refresh() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> products.publicNamesBySeller(null));
        Map<Long, Set<Long>> found = repeats(rows);
        repeatsBySeller.keySet().retainAll(found.keySet());
        repeatsBySeller.putAll(found);
        publish();
    }

    void productChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductChanged event) {
        try {
            QuarkusTransaction.requiringNew().run(() -> products.findByIdOptional(event.productId())
                    .ifPresent(product -> {
                        long seller = product.member.id;
                        Set<Long> repeats = repeats(products.publicNamesBySeller(seller)).getOrDefault(seller,
                                Set.of());
                        if (repeats.isEmpty()) {
                            repeatsBySeller.remove(seller);
                        } else {
                            repeatsBySeller.put(seller, repeats);
                        }
                    }));
            publish();
        } catch (RuntimeException e) {
            if (!DatabaseFaults.isUnavailable(e)) {
                throw e;
            }
            LOG.debugf("Identical listings not updated, database unavailable: %s", e.getMessage());
        }
    }

    /** Rows of (seller id, product id, name), oldest product first: the later ones of each name, per seller. */
    private static Map<Long, Set<Long>> repeats(List<Object[]> rows) {
        Map<Long, Set<Long>> repeats = new HashMap<>();
        Map<Long, Set<String>> seen = new HashMap<>();
        for (Object[] row : rows) {
            long seller = ((Number) row[0]).longValue();
            if (!seen.computeIfAbsent(seller, s -> new HashSet<>()).add(key((String) row[2]))) {
                repeats.computeIfAbsent(seller, s -> new HashSet<>()).add(((Number) row[1]).longValue());
            }
        }
        return repeats;
    }

    private void publish() {
        Set<Long> all = new HashSet<>();
        repeatsBySeller.values().forEach(all::addAll);
        hidden = Set.copyOf(all);
    }
}
