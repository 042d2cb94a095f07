package id.etalase.enquiry;

import id.etalase.catalog.CatalogService;
import id.etalase.catalog.ProductSeller;
import id.etalase.common.Sql;
import id.etalase.i18n.Languages;
import id.etalase.testing.Listings;
import id.etalase.web.TestMembers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views of product pages, counted through the service the page resource calls. */
@QuarkusTest
class ProductViewCountingTest {

    static final String PHONE = "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36";
    static final String HOST = "localhost:8080";

    @Inject
    EnquiryService enquiries;

    @Inject
    CatalogService catalog;

    @Inject
    Sql sql;

    @Inject
    Listings listings;

    @Inject
    TestMembers testMembers;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void aViewCountsOncePerClientWithinTheWindow() {
        ProductSeller product = newProduct();
        RequestInfo shopper = visit(PHONE + " views/1", "192.0.2.1", "http://localhost:8080/cari?q=kopi");
        long before = views(product);

        assertTrue(enquiries.recordProductView(product, shopper));
        assertTrue(enquiries.recordProductView(product, shopper), "a reload is taken too, and written as none");
        assertEquals(before + 1, views(product), "a reload is the same view");
        long id = ((Number) sql.single("select max(id) from product_view where product_id = ?", product.productId()))
                .longValue();
        assertEquals("/cari", sql.single("select source_page from product_view where id = ?", id),
                "the search words are not kept");
        assertEquals(product.memberId(),
                ((Number) sql.single("select member_id from product_view where id = ?", id)).longValue());
        assertTrue(((String) sql.single("select client_hash from product_view where id = ?", id))
                .matches("[0-9a-f]{64}"));

        assertTrue(enquiries.recordProductView(product, visit(PHONE + " views/1", "192.0.2.2", null)));
        assertEquals(before + 2, views(product), "another address is another client");

        sql.update("update product_view set created_at = created_at - interval 31 minute where product_id = ?",
                product.productId());
        assertTrue(enquiries.recordProductView(product, shopper), "counted again after the window");
        assertEquals(before + 3, views(product));
    }

    @Test
    void botsPreviewsAndPrefetchesAreNotViews() {
        ProductSeller product = newProduct();
        long before = views(product);
        assertFalse(enquiries.recordProductView(product, visit("facebookexternalhit/1.1", "192.0.2.3", null)));
        assertFalse(enquiries.recordProductView(product, visit("WhatsApp/2.23.20.0 A", "192.0.2.3", null)));
        assertFalse(enquiries.recordProductView(product, visit("TelegramBot (like TwitterBot)", "192.0.2.3", null)));
        assertFalse(enquiries.recordProductView(product, visit(null, "192.0.2.3", null)));
        assertFalse(enquiries.recordProductView(product,
                RequestInfo.of(PHONE, "192.0.2.3", null, null, HOST, true, true)));
        assertFalse(enquiries.recordProductView(product,
                RequestInfo.of(PHONE, "192.0.2.3", null, null, HOST, false, false)), "loaded into another page");
        assertEquals(before, views(product));
    }

    @Test
    void oldSingleViewsAndEnquiriesBecomeDailyCountsAndTheirHashesAreDeleted() {
        ProductSeller product = newProduct();
        sql.update("delete from product_daily_count where product_id = ?", product.productId());
        long lastView = sql.count("select coalesce(max(id), 0) from product_view");
        long lastEnquiry = sql.count("select coalesce(max(id), 0) from enquiry");
        for (int i = 0; i < 3; i++) {
            assertTrue(enquiries.recordProductView(product, visit(PHONE + " fold/" + i, "192.0.2.9", null)));
        }
        assertTrue(enquiries.enquire(product.slug(), Languages.messages("id"), visit(PHONE + " fold/0", "192.0.2.9", null)).isPresent());
        long recentView = sql.count("select coalesce(max(id), 0) from product_view");
        assertTrue(enquiries.recordProductView(product, visit(PHONE + " fold/recent", "192.0.2.9", null)));
        // This test's three first views and its enquiry happened on 5 January; its last view is recent.
        sql.update("update product_view set created_at = '2026-01-05 10:00:00' where id > ? and id <= ?", lastView,
                recentView);
        sql.update("update enquiry set created_at = '2026-01-05 11:00:00' where id > ?", lastEnquiry);
        long viewsBefore = views(product);

        enquiries.foldOldVisits();

        assertEquals(viewsBefore - 3, views(product), "the recent view stays a single row");
        assertEquals(0, sql.count("select count(*) from enquiry where id > ?", lastEnquiry));
        assertEquals(List.of(3L, 1L), sql.row("select views, enquiries from product_daily_count"
                + " where product_id = ? and day = '2026-01-05'", product.productId()));
        enquiries.foldOldVisits();
        assertEquals(List.of(3L, 1L), sql.row("select views, enquiries from product_daily_count"
                + " where product_id = ? and day = '2026-01-05'", product.productId()), "each row counts once");
    }

    @Test
    void whileAnotherReplicaFoldsThisOneWaitsItsTurn() throws Exception {
        ProductSeller product = newProduct();
        long lastView = sql.count("select coalesce(max(id), 0) from product_view");
        assertTrue(enquiries.recordProductView(product, visit(PHONE + " fold-lock", "192.0.2.10", null)));
        sql.update("update product_view set created_at = '2026-01-06 10:00:00' where id > ?", lastView);
        try (var other = dataSource.getConnection(); var lock = other.prepareStatement(
                "select get_lock(concat(?, md5(database())), 5)")) {
            lock.setString(1, VisitRecorder.FOLD_LOCK);
            lock.executeQuery().close();
            try {
                enquiries.foldOldVisits();
                assertEquals(1, sql.count("select count(*) from product_view where id > ?", lastView), "not folded");
            } finally {
                // The connection goes back to the pool, still holding a lock it does not release itself.
                try (var release = other.prepareStatement("select release_lock(concat(?, md5(database())))")) {
                    release.setString(1, VisitRecorder.FOLD_LOCK);
                    release.executeQuery().close();
                }
            }
        }
        enquiries.foldOldVisits();
        assertEquals(0, sql.count("select count(*) from product_view where id > ?", lastView));
        assertEquals(List.of(1L), sql.row("select views from product_daily_count where product_id = ?"
                + " and day = '2026-01-06'", product.productId()));
    }

    @Test
    void randomKeysOlderThanYesterdayAreForgotten() {
        sql.update("insert ignore into client_hash_key (day, secret) values (current_date() - interval 3 day,"
                + " unhex(repeat('ab', 32)))");
        assertTrue(enquiries.recordProductView(newProduct(), visit(PHONE + " keys", "192.0.2.11", null)));
        enquiries.foldOldVisits();
        assertEquals(0, sql.count("select count(*) from client_hash_key where day < current_date() - interval 1 day"));
        assertEquals(1, sql.count("select count(*) from client_hash_key where day = utc_date()"));
    }

    @Test
    void viewsAndEnquiriesAreCountedApart() {
        ProductSeller product = newProduct();
        RequestInfo shopper = visit(PHONE + " views/3", "192.0.2.4", null);
        long enquiriesBefore = sql.count("select count(*) from enquiry where product_id = ?", product.productId());
        assertTrue(enquiries.recordProductView(product, shopper));
        assertTrue(enquiries.enquire(product.slug(), Languages.messages("id"), shopper).isPresent());
        assertEquals(enquiriesBefore + 1, sql.count("select count(*) from enquiry where product_id = ?", product.productId()),
                "a view does not swallow the enquiry that follows it");
    }

    @Test
    void viewsWaitOffThePagesPathAndAreWrittenTogether() throws Exception {
        ProductSeller product = newProduct();
        enquiries.writeVisits();
        long before = written(product);
        enquiries.recordProductView(product, visit(PHONE + " batch/1", "192.0.2.20", null));
        enquiries.recordProductView(product, visit(PHONE + " batch/2", "192.0.2.21", null));
        enquiries.recordProductView(product, visit(PHONE + " batch/2", "192.0.2.21", null));
        assertEquals(before, written(product), "the page wrote nothing");

        enquiries.writeVisits();
        assertEquals(before + 2, written(product), "two clients; the second one's reload is the same view");
        enquiries.writeVisits();
        assertEquals(before + 2, written(product), "each is written once");
    }

    /** Read past the Sql helper, which writes what waits first. */
    private long written(ProductSeller product) throws Exception {
        try (var connection = dataSource.getConnection(); var count = connection.prepareStatement(
                "select count(*) from product_view where product_id = ?")) {
            count.setLong(1, product.productId());
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void aCountThatFailsNeverBreaksThePage() {
        ProductSeller gone = new ProductSeller(Long.MAX_VALUE, Long.MAX_VALUE, "tidak-ada", "Tidak Ada", null, "Tidak Ada",
                "6281234567890");
        ProductSeller product = newProduct();
        long before = views(product);
        enquiries.recordProductView(gone, visit(PHONE + " views/4", "192.0.2.5", null));
        enquiries.recordProductView(product, visit(PHONE + " views/4", "192.0.2.5", null));
        assertEquals(0, sql.count("select count(*) from product_view where product_id = ?", Long.MAX_VALUE));
        assertEquals(before + 1, views(product), "the refused view of its batch costs the others nothing");
    }

    @Test
    void theShareLinkOfAProductPointsAtItsPublicPage() {
        ProductSeller product = newProduct();
        String link = enquiries.shareLink(product, Languages.messages("id"));
        assertTrue(link.startsWith("https://wa.me/?text=Lihat%20"), link);
        assertTrue(WhatsAppLinksTest.text(link).endsWith(" di Etalase: http://localhost:8080/produk/" + product.slug()),
                link);
    }

    private ProductSeller newProduct() {
        return catalog.findSeller(DemoProduct.created(listings, testMembers, sql).slug()).orElseThrow();
    }

    private long views(ProductSeller product) {
        return sql.count("select count(*) from product_view where product_id = ?", product.productId());
    }

    private static RequestInfo visit(String userAgent, String ip, String referer) {
        return RequestInfo.of(userAgent, ip, null, referer, HOST, false, true);
    }
}
