package id.etalase.moderation;

import id.etalase.catalog.CatalogService;
import id.etalase.catalog.ListingService;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductSeller;
import id.etalase.common.ConflictException;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.TypedText;
import id.etalase.member.MemberService;
import id.etalase.member.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Shoppers' reports on public products, throttled per client, and the admins' three answers to a product's open
 * reports: hide the product, suspend its member, or dismiss them. Each answer closes the reports and is audited.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    ProductRepository products;

    @Inject
    CatalogService catalog;

    @Inject
    ListingService listings;

    @Inject
    MemberService members;

    @Inject
    AuditLog audit;

    @Inject
    ReportConfig config;

    /** The public product a shopper may report, as the form names it. */
    public Optional<ProductSeller> reportable(String slug) {
        return slug == null ? Optional.empty() : catalog.findSeller(slug);
    }

    /**
     * Stores a report on a public product. A client's second report on the same product within a day is thanked
     * for but not stored again; past the limit per window the client must wait.
     */
    @Transactional
    public ReportResult report(String slug, ShopperReport input) {
        Product product = (slug == null ? Optional.<Product>empty() : products.findPublicBySlug(slug))
                .orElseThrow(NotFoundException::new);
        ReportReason reason = ReportReason.of(input.reason()).orElse(null);
        String details = input.details() == null || input.details().isBlank() ? null : input.details().strip();
        List<FieldError> errors = new ArrayList<>();
        if (reason == null) {
            errors.add(FieldError.of("reason", "report_reasonRequired"));
        }
        if (details != null && details.length() > ShopperReport.MAX_DETAILS) {
            errors.add(FieldError.of("details", "report_detailsLong", ShopperReport.MAX_DETAILS));
        } else if (!TypedText.storable(details, true)) {
            errors.add(FieldError.of("details", "text_control"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ShopperReport.Client client = input.client();
        Instant now = Instant.now();
        long sameProduct = ProductReport.count("product = ?1 and clientHash in (?2, ?3) and createdAt > ?4", product,
                client.today(), client.yesterday(), now.minus(Duration.ofDays(1)));
        if (sameProduct > 0) {
            return new ReportResult.Received(false);
        }
        List<Instant> recent = ProductReport.getEntityManager().createQuery("select r.createdAt from ProductReport r"
                + " where r.clientHash in (?1, ?2) and r.createdAt > ?3 order by r.createdAt desc", Instant.class)
                .setParameter(1, client.today()).setParameter(2, client.yesterday())
                .setParameter(3, now.minus(config.window()))
                .getResultList();
        if (recent.size() >= config.perClient()) {
            // Free again when the oldest of the last perClient reports leaves the window.
            Instant free = recent.get(config.perClient() - 1).plus(config.window());
            long seconds = Math.max(1, (Duration.between(now, free).toMillis() + 999) / 1000);
            return new ReportResult.Throttled(Duration.ofSeconds(seconds));
        }
        ProductReport report = new ProductReport();
        report.product = product;
        report.reason = reason;
        report.details = details;
        report.clientHash = client.today();
        report.createdAt = now;
        report.status = ProductReport.OPEN;
        report.persist();
        return new ReportResult.Received(true);
    }

    /** Products with open reports, the one reported longest ago first; within each, the newest report first. */
    @Transactional
    public List<ReportedProduct> openReports() {
        List<ProductReport> open = ProductReport.<ProductReport>find("select r from ProductReport r"
                + " join fetch r.product p join fetch p.member where r.status = ?1 order by r.createdAt, r.id",
                ProductReport.OPEN).list();
        Map<Long, List<ProductReport>> byProduct = new LinkedHashMap<>();
        open.forEach(r -> byProduct.computeIfAbsent(r.product.id, id -> new ArrayList<>()).add(r));
        return byProduct.values().stream().map(ReportService::view).toList();
    }

    private static ReportedProduct view(List<ProductReport> reports) {
        Product product = reports.get(0).product;
        Map<String, Integer> counts = new TreeMap<>();
        reports.forEach(r -> counts.merge(r.reason.slug(), 1, Integer::sum));
        List<ReportedProduct.ReasonCount> reasons = counts.entrySet().stream()
                .map(e -> new ReportedProduct.ReasonCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(ReportedProduct.ReasonCount::count).reversed()).toList();
        List<ReportedProduct.Report> items = new ArrayList<>(reports.stream()
                .map(r -> new ReportedProduct.Report(r.id, r.reason.slug(), r.details, r.createdAt)).toList());
        Collections.reverse(items);
        return new ReportedProduct(product.id, product.slug, product.name, lower(product.status),
                product.member.id, product.member.businessName, lower(product.member.status), reports.size(),
                reasons, items, reports.get(0).createdAt);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The product leaves the site: rejected with the reason, which the member reads and may fix and resubmit. */
    @Transactional
    public ReportDecision hideProduct(long productId, String reason, long adminId) {
        reported(productId);
        ListingService.Decision decision = listings.hide(productId, reason);
        int resolved = resolve("r.product.id = ?4", productId, decision.name(), ProductReport.HIDDEN, adminId);
        audit.record(adminId, "report.hide", "product", productId, decision.name(), decision.before(),
                decision.after() + ", reports=" + resolved, reason.strip());
        return new ReportDecision(productId, decision.name(), ProductReport.HIDDEN, resolved);
    }

    /** The product's member is suspended: all its products leave the site, and their open reports close too. */
    @Transactional
    public ReportDecision suspendMember(long productId, String reason, long adminId) {
        Product product = reported(productId);
        StatusChange change = members.suspend(product.member.id, reason);
        int resolved = resolve("r.product.id in (select p.id from Product p where p.member.id = ?4)",
                product.member.id, product.name, ProductReport.SUSPENDED, adminId);
        audit.record(adminId, "report.suspend", "member", change.memberId(), change.name(),
                "status=" + change.before(), "status=" + change.after() + ", reports=" + resolved,
                reason.strip() + " (" + product.name + ")");
        return new ReportDecision(productId, product.name, ProductReport.SUSPENDED, resolved);
    }

    /** Nothing wrong found: the reports close and the product stays as it is. */
    @Transactional
    public ReportDecision dismiss(long productId, long adminId) {
        Product product = reported(productId);
        int resolved = resolve("r.product.id = ?4", productId, product.name, ProductReport.DISMISSED, adminId);
        audit.record(adminId, "report.dismiss", "product", productId, product.name, "reports=" + resolved,
                "reports=0", null);
        return new ReportDecision(productId, product.name, ProductReport.DISMISSED, resolved);
    }

    /** A product with open reports; none left means another admin decided first. */
    private Product reported(long productId) {
        Product product = products.findByIdOptional(productId).orElseThrow(NotFoundException::new);
        if (ProductReport.count("product = ?1 and status = ?2", product, ProductReport.OPEN) == 0) {
            throw new ConflictException("report_resolved", product.name);
        }
        return product;
    }

    /**
     * Closes the open reports the condition names, in one statement: when another admin closed them meanwhile,
     * none is left and the decision rolls back as a conflict.
     */
    private int resolve(String condition, long subject, String productName, String outcome, long adminId) {
        int closed = ProductReport.getEntityManager().createQuery("update ProductReport r set r.status = ?1,"
                + " r.resolvedAt = ?2, r.resolvedBy = ?3 where r.status = 'open' and " + condition)
                .setParameter(1, outcome).setParameter(2, Instant.now()).setParameter(3, adminId)
                .setParameter(4, subject).executeUpdate();
        if (closed == 0) {
            throw new ConflictException("report_resolved", productName);
        }
        return closed;
    }
}
