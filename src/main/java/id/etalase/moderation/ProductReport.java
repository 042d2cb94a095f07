package id.etalase.moderation;

import id.etalase.common.PlainText;
import id.etalase.catalog.Product;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A shopper's report on a product: open until an admin hides the product, suspends its member or dismisses it. */
@PlainText
@Entity
@Table(name = "product_report")
public class ProductReport extends PanacheEntityBase {

    static final String OPEN = "open";
    static final String HIDDEN = "hidden";
    static final String SUSPENDED = "suspended";
    static final String DISMISSED = "dismissed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(nullable = false, length = 12)
    public ReportReason reason;

    @Column(length = ShopperReport.MAX_DETAILS)
    @PlainText.MultiLine
    public String details;

    /** The client's keyed hash of the day (see enquiry.ClientFingerprint), never its address. */
    @Column(name = "client_hash", nullable = false, length = 64)
    public String clientHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, length = 12)
    public String status;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public Long resolvedBy;
}
