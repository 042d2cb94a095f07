package id.etalase.catalog;

import id.etalase.common.KeptViews;
import id.etalase.common.PortalClock;
import id.etalase.member.MemberChanged;
import id.etalase.reference.DistrictView;
import id.etalase.reference.ReferenceChanged;
import id.etalase.reference.SectorView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The home page and the product pages, the pages every shared link opens, kept in memory ({@link KeptViews}): no
 * database read in their path while they are fresh, and still shown while the database is away. A change to a
 * product, a member, the featured lists or the sectors and districts on this replica shows at once.
 */
@ApplicationScoped
public class Storefront {

    static final int HOME_PRODUCTS = 12;
    static final int HOME_MEMBERS = 8;
    static final int RELATED_PRODUCTS = 4;
    /** How soon a change made on another replica shows: the home page soon, a product page once it is asked again. */
    static final Duration HOME_FRESH_FOR = Duration.ofSeconds(30);
    static final Duration PRODUCT_FRESH_FOR = Duration.ofMinutes(2);
    /** About 4 KB each: some 20 MB for the pages most asked for; the rest are read when asked. */
    static final int PRODUCT_PAGES_KEPT = 5_000;

    @Inject
    CatalogService catalog;

    @Inject
    PortalClock clock;

    private final AtomicInteger threads = new AtomicInteger();
    // Reads views again off the request threads; nothing of a request's context goes with them.
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "storefront-refresh-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    // Keyed by day (the featured lists have days); the chapter joins the key when one installation serves several.
    private KeptViews<LocalDate, ShopWindow> home;
    private KeptViews<String, ProductPage> productPages;

    @PostConstruct
    void keep() {
        home = new KeptViews<>("Home page", HOME_FRESH_FOR, 4,
                day -> catalog.shopWindow(day, HOME_PRODUCTS, HOME_MEMBERS), background);
        productPages = new KeptViews<>("Product pages", PRODUCT_FRESH_FOR, PRODUCT_PAGES_KEPT,
                slug -> catalog.productPage(slug, RELATED_PRODUCTS).orElse(null), background);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Today's home page. */
    public ShopWindow home() {
        return home.get(clock.today()).orElseThrow();
    }

    /** The sectors in their order with their counts of public products and active members, as the home page has them. */
    public List<SectorView> sectors() {
        return home().sectors();
    }

    /** The districts by code with their counts, as the home page has them. */
    public List<DistrictView> districts() {
        return home().districts();
    }

    public Optional<ProductPage> productPage(String slug) {
        return productPages.get(slug);
    }

    // A product shows on the home page, on its own page and among other pages' related products: all are read again.
    void productChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductChanged event) {
        forgetAll();
    }

    void memberChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberChanged event) {
        forgetAll();
    }

    void featuredChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeaturedChanged event) {
        home.forgetAll();
    }

    void referenceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceChanged event) {
        forgetAll();
    }

    private void forgetAll() {
        home.forgetAll();
        productPages.forgetAll();
    }
}
