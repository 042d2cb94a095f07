package id.etalase.catalog;

import id.etalase.common.NoLinks;
import id.etalase.common.PlainText;
import id.etalase.reference.Sector;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A member's edit of a published product, waiting for an admin while the live version stays on the site. */
@PlainText
@Entity
@Table(name = "product_revision")
public class ProductRevision extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @NotBlank
    @Size(max = 150)
    @NoLinks
    public String name;

    @Size(max = 5000)
    @PlainText.MultiLine
    public String description;

    @PositiveOrZero
    @Max(Product.MAX_PRICE)
    public Long price;

    @Size(max = 40)
    @NoLinks
    public String unit;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id")
    public Sector sector;

    @Column(nullable = false, length = 10)
    public String status;

    /** The photos the edit proposes, ids in order with the cover first; null when it leaves them as they are. */
    @Column(name = "photo_ids", length = 200)
    public String photoIds;

    @Column(name = "review_note", length = 500)
    @PlainText.MultiLine
    public String reviewNote;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Raised by every change of the edit, so an admin approves only what they were shown. */
    @Version
    public long version;
}
