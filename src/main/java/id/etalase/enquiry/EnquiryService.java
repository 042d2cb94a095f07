package id.etalase.enquiry;

import id.etalase.catalog.CatalogService;
import id.etalase.catalog.ProductSeller;
import id.etalase.common.DatabaseFaults;
import id.etalase.common.PublicUrls;
import id.etalase.i18n.AppMessages;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import id.etalase.settings.SettingsService;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends shoppers to the seller's WhatsApp chat and counts enquiries and product views the careful way: bots,
 * prefetches and loads into other pages excluded, one count per client and product within the dedupe window.
 * Transactions: the product lookup is CatalogService's, each count is VisitRecorder's own, so counting never stands
 * between a shopper and the chat.
 */
@ApplicationScoped
public class EnquiryService {

    private static final Logger LOG = Logger.getLogger(EnquiryService.class);
    private final DatabaseFaults.Outage databaseOutage = new DatabaseFaults.Outage(LOG, "Folding of old visits");

    /** A retry settles simultaneous identical clicks (see VisitRecorder); a third try, a crowd of them. */
    static final int ATTEMPTS = 3;

    @Inject
    SettingsService settings;

    @Inject
    CatalogService catalog;

    @Inject
    PublicUrls urls;

    @Inject
    ClientFingerprint fingerprint;

    @Inject
    VisitRecorder visits;

    @Inject
    DailyKeys keys;

    @Inject
    EnquiryConfig config;

    @Inject
    EnquiryMetrics metrics;

    /** Counts the enquiry and answers the seller's chat link; empty for an unknown or unpublished product. */
    public Optional<URI> enquire(String slug, AppMessages msg, RequestInfo request) {
        return catalog.findSeller(slug).map(product -> {
            count(VisitRecorder.Kind.ENQUIRY, product, request);
            return URI.create(chatLink(product, msg));
        });
    }

    /** Counts a view of a public product's page; true when it counted. */
    public boolean recordProductView(ProductSeller product, RequestInfo request) {
        return count(VisitRecorder.Kind.VIEW, product, request);
    }

    /** The seller's chat with the product's enquiry typed in (what /produk/{slug}/whatsapp redirects to). */
    public String chatLink(ProductSeller product, AppMessages msg) {
        return WhatsAppLinks.chatProduct(product.sellerWhatsapp(), product.sellerName(), product.name(),
                product.price(), urls.product(product.slug()),
                settings.current().name(), msg);
    }

    /** The "Bagikan" link for the product's page. */
    public String shareLink(ProductSeller product, AppMessages msg) {
        return WhatsAppLinks.shareProduct(product.name(), product.price(), urls.product(product.slug()),
                settings.current().name(), msg);
    }

    private boolean count(VisitRecorder.Kind kind, ProductSeller product, RequestInfo request) {
        if (request.prefetch() || !request.navigation() || BotDetector.isBot(request.userAgent())) {
            return false;
        }
        ClientFingerprint.Hashes client = fingerprint.hashes(request);
        long windowMicros = config.dedupeWindow().toNanos() / 1000;
        for (int attempt = 1;; attempt++) {
            try {
                boolean counted = visits.recordOnce(kind, product.productId(), product.memberId(), client,
                        request.sourcePage(), windowMicros);
                if (counted) {
                    metrics.counted(kind);
                }
                return counted;
            } catch (RuntimeException e) {
                if (attempt < ATTEMPTS && isLockConflict(e)) {
                    LOG.debugf("%s of product %d: deadlock with a simultaneous click, trying again", kind,
                            product.productId());
                    continue;
                }
                LOG.warnf(e, "%s of product %d not counted", kind, product.productId());
                return false;
            }
        }
    }

    /**
     * Folds single enquiries and views past the retention into daily counts, so client hashes do not linger, and
     * forgets the random keys no dedupe window can need any more (today's and yesterday's stay).
     */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void foldOldVisits() {
        databaseOutage.run(this::fold);
    }

    private void fold() {
        long seconds = config.rawRetention().toSeconds();
        for (VisitRecorder.Kind kind : VisitRecorder.Kind.values()) {
            int folded = visits.foldOlderThan(kind, seconds);
            if (folded > 0) {
                LOG.infof("Folded %d %s rows older than %s into daily counts", folded, kind.table,
                        config.rawRetention());
            }
        }
        keys.deleteBefore(fingerprint.today().minusDays(1));
    }

    /**
     * A deadlock anywhere in the cause chain: MySQL error 1213 (SQLState 40001), or 1467, which MariaDB reports when
     * the statement loses the deadlock while it holds the table's auto-increment lock (an INSERT … SELECT does).
     */
    private static boolean isLockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1467)) {
                return true;
            }
        }
        return false;
    }
}
