package id.etalase.enquiry;

import id.etalase.catalog.ProductPage;
import id.etalase.catalog.Storefront;
import id.etalase.catalog.ProductSeller;
import id.etalase.common.DatabaseFaults;
import id.etalase.common.PublicUrls;
import id.etalase.i18n.AppMessages;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import id.etalase.settings.SettingsService;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends shoppers to the seller's WhatsApp chat and counts enquiries and product views the careful way: bots,
 * prefetches and loads into other pages excluded, one count per client and product within the dedupe window.
 * Nothing is written on the shopper's request: visits wait in memory and are written in batches every second
 * (VisitRecorder's own transactions), so counting never stands between a shopper and the page or the chat.
 */
@ApplicationScoped
public class EnquiryService {

    private static final Logger LOG = Logger.getLogger(EnquiryService.class);
    private final DatabaseFaults.Outage databaseOutage = new DatabaseFaults.Outage(LOG, "Folding of old visits");

    /** A retry settles simultaneous identical visits of two replicas (see VisitRecorder); a third try, a crowd. */
    static final int ATTEMPTS = 3;
    static final int BATCH = 500;
    /** About 30 MB of visits: an outage of some minutes at the busiest; beyond it visits are not counted. */
    static final int MAX_WAITING = 100_000;

    private final DatabaseFaults.Outage visitWrites = new DatabaseFaults.Outage(LOG, "Writing of views and enquiries");
    private final ConcurrentLinkedDeque<VisitRecorder.Visit> waiting = new ConcurrentLinkedDeque<>();
    private final AtomicInteger waitingCount = new AtomicInteger();

    @Inject
    SettingsService settings;

    @Inject
    Storefront storefront;

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
        return storefront.productPage(slug).map(ProductPage::seller).map(product -> {
            count(VisitRecorder.Kind.ENQUIRY, product, request);
            return URI.create(chatLink(product, msg));
        });
    }

    /** Counts a view of a public product's page; true when it was taken for counting. */
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

    /**
     * Takes the visit for counting, unless a bot, a prefetch or a load into another page made it. Nothing is written
     * here: {@link #writeVisits()} writes what was taken in batches, off the page's path.
     */
    private boolean count(VisitRecorder.Kind kind, ProductSeller product, RequestInfo request) {
        if (request.prefetch() || !request.navigation() || BotDetector.isBot(request.userAgent())) {
            return false;
        }
        try {
            ClientFingerprint.Hashes client = fingerprint.hashes(request);
            if (waitingCount.incrementAndGet() > MAX_WAITING) {
                waitingCount.decrementAndGet();
                LOG.debugf("%s of product %d not counted: %d visits already wait to be written", kind,
                        product.productId(), MAX_WAITING);
                return false;
            }
            waiting.addLast(new VisitRecorder.Visit(kind, product.productId(), product.memberId(), client,
                    request.sourcePage(), System.nanoTime()));
            return true;
        } catch (RuntimeException e) {
            // The day's key could not be read: the page answers all the same.
            LOG.warnf("%s of product %d not counted: %s", kind, product.productId(), DatabaseFaults.rootMessage(e));
            return false;
        }
    }

    @Scheduled(every = "${etalase.enquiry.write-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeWaitingVisits() {
        visitWrites.run(this::writeVisits);
    }

    /** What waits is written before the portal stops (a clean shutdown loses no view or enquiry). */
    void writeBeforeStopping(@Observes ShutdownEvent event) {
        try {
            writeVisits();
        } catch (RuntimeException e) {
            LOG.warnf("%d views and enquiries not written at shutdown: %s", waitingCount.get(),
                    DatabaseFaults.rootMessage(e));
        }
    }

    /**
     * Writes the views and enquiries taken so far, a batch per transaction; what reads counts calls this first, so
     * it reads every visit this replica took. While the database is away they wait (up to {@link #MAX_WAITING}).
     */
    public synchronized void writeVisits() {
        for (List<VisitRecorder.Visit> batch = take(BATCH); !batch.isEmpty(); batch = take(BATCH)) {
            try {
                write(batch);
            } catch (RuntimeException e) {
                for (int i = batch.size() - 1; i >= 0; i--) {
                    waiting.addFirst(batch.get(i));
                }
                waitingCount.addAndGet(batch.size());
                throw e;
            }
        }
    }

    private List<VisitRecorder.Visit> take(int most) {
        List<VisitRecorder.Visit> batch = new ArrayList<>();
        for (VisitRecorder.Visit visit; batch.size() < most && (visit = waiting.pollFirst()) != null;) {
            batch.add(visit);
            waitingCount.decrementAndGet();
        }
        return batch;
    }

    private void write(List<VisitRecorder.Visit> batch) {
        long windowMicros = config.dedupeWindow().toNanos() / 1000;
        long now = System.nanoTime();
        // The same client's repeats of one product within a batch are one visit: the first.
        Map<List<Object>, VisitRecorder.Visit> distinct = new LinkedHashMap<>();
        batch.forEach(v -> distinct.putIfAbsent(List.of(v.kind(), v.productId(), v.client().today()), v));
        List<VisitRecorder.Visit> visits = List.copyOf(distinct.values());
        for (int attempt = 1;; attempt++) {
            try {
                this.visits.recordAll(visits, windowMicros, now).forEach(v -> metrics.counted(v.kind()));
                return;
            } catch (RuntimeException e) {
                if (DatabaseFaults.isUnavailable(e)) {
                    throw e;
                }
                if (attempt < ATTEMPTS && isLockConflict(e)) {
                    LOG.debugf("A batch of %d visits lost a deadlock with another replica's, writing it again",
                            visits.size());
                    continue;
                }
                writeOneByOne(visits, windowMicros, now);
                return;
            }
        }
    }

    /** A batch the database refused (a product deleted meanwhile): each visit alone, the refused ones left out. */
    private void writeOneByOne(List<VisitRecorder.Visit> visits, long windowMicros, long now) {
        for (VisitRecorder.Visit visit : visits) {
            try {
                if (this.visits.recordOnce(visit, windowMicros, now)) {
                    metrics.counted(visit.kind());
                }
            } catch (RuntimeException e) {
                if (DatabaseFaults.isUnavailable(e)) {
                    throw e;
                }
                LOG.warnf("%s of product %d not counted: %s", visit.kind(), visit.productId(),
                        DatabaseFaults.rootMessage(e));
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
