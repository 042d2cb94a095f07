package id.etalase.catalog;

import id.etalase.common.NoLinks;
import id.etalase.common.PlainText;
import id.etalase.common.Slugs;
import id.etalase.member.Member;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A product or service a member lists; only published products of active members are public. */
@PlainText
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    public static final long MAX_PRICE = 10_000_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    @Size(max = 160)
    @Pattern(regexp = Slugs.PATTERN)
    public String slug;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @NotBlank
    @Size(max = 150)
    @NoLinks
    public String name;

    @Size(max = 5000)
    @PlainText.MultiLine
    public String description;

    /** Whole rupiah; null means the price is negotiated in the chat ("harga nego"). */
    @PositiveOrZero
    @Max(MAX_PRICE)
    public Long price;

    @Size(max = 40)
    @NoLinks
    public String unit;

    /** The product's id in the member's own spreadsheet, unique per member; an import matches by it. */
    @Size(max = 64)
    @Column(name = "external_id")
    public String externalId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id")
    public Sector sector;

    @NotNull
    public ProductStatus status;

    /** Why an admin rejected the product, shown to the member; null otherwise. */
    @Column(name = "review_note", length = 500)
    @PlainText.MultiLine
    public String reviewNote;

    /** Where a product its member hid was (archived ones only): showing it again returns it there. */
    @Column(name = "hidden_from")
    public ProductStatus hiddenFrom;

    /** When the member last submitted it: the admins' queue is oldest first by this. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Public means: the product is published and its member is active. The same rule as HQL over p and m. */
    public static final String PUBLIC = "p.status = id.etalase.catalog.ProductStatus.PUBLISHED and " + Member.ACTIVE;

    public boolean isPublic() {
        return status == ProductStatus.PUBLISHED && member.isActive();
    }
}
