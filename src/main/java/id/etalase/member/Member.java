package id.etalase.member;

import id.etalase.common.NotAllowedException;
import id.etalase.common.PlainText;
import id.etalase.common.Slugs;
import id.etalase.reference.District;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A member business of the community: its profile, contact, links and legal papers. */
@PlainText
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    @Size(max = 120)
    @Pattern(regexp = Slugs.PATTERN)
    public String slug;

    @NotBlank
    @Size(max = 150)
    @Column(name = "business_name")
    public String businessName;

    @NotBlank
    @Size(max = 120)
    @Column(name = "owner_name")
    public String ownerName;

    @NotNull
    public MemberScale scale;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id")
    public Sector sector;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    public District district;

    @Size(max = 255)
    public String address;

    @Size(max = 5000)
    @PlainText.MultiLine
    public String description;

    /** Normalised international digits without '+', e.g. 6281234567890. */
    @NotBlank
    @Pattern(regexp = "628\\d{7,12}")
    public String whatsapp;

    /** A new number the member asked to use instead (same form), until an admin confirms it; null for none. */
    @Pattern(regexp = "628\\d{7,12}")
    @Column(name = "whatsapp_requested")
    public String whatsappRequested;

    @Column(name = "whatsapp_requested_at")
    public Instant whatsappRequestedAt;

    @Pattern(regexp = "[A-Za-z0-9._]{1,30}", message = "{etalase.member.instagram}")
    public String instagram;

    @Pattern(regexp = "[A-Za-z0-9._]{2,24}", message = "{etalase.member.tiktok}")
    public String tiktok;

    @Size(max = 255)
    @Pattern(regexp = "https://(shopee\\.co\\.id|id\\.shp\\.ee)/[^\\s]+", message = "{etalase.member.shopee}")
    @Column(name = "shopee_url")
    public String shopeeUrl;

    @Size(max = 255)
    @Pattern(regexp = "https://(www\\.tokopedia\\.com|tokopedia\\.link|tk\\.tokopedia\\.com)/[^\\s]+",
            message = "{etalase.member.tokopedia}")
    @Column(name = "tokopedia_url")
    public String tokopediaUrl;

    /** Nomor Induk Berusaha from OSS: 13 digits. */
    @Pattern(regexp = "\\d{13}", message = "{etalase.member.nib}")
    public String nib;

    /** Home food production permit (P-IRT / SPP-IRT) number. */
    @Pattern(regexp = "\\d{12,16}", message = "{etalase.member.pirt}")
    public String pirt;

    @Pattern(regexp = "[A-Za-z0-9./-]{6,40}", message = "{etalase.member.halal}")
    @Column(name = "halal_cert")
    public String halalCert;

    /** BPOM registration, e.g. "MD 224128010027" or "NA18191200123". */
    @Pattern(regexp = "[A-Z]{2,3} ?[0-9][0-9 ]{5,30}", message = "{etalase.member.bpom}")
    public String bpom;

    @NotNull
    public MemberStatus status;

    /** Why an admin rejected or suspended the member, shown to them; null otherwise. */
    @Column(name = "review_note", length = 500)
    @PlainText.MultiLine
    public String reviewNote;

    /** The logo: one of the member's photos (kept by the catalogue's photo store); null for none. */
    @Column(name = "logo_photo_id")
    public Long logoPhotoId;

    /** How many products (not archived) the member may have; null for the portal's default. */
    @Column(name = "max_products")
    public Integer maxProducts;

    /** How many uploaded photos not yet on a product the member may keep; null for the portal's default. */
    @Column(name = "max_staged_photos")
    public Integer maxStagedPhotos;

    /** When the member last asked for a review: the approval queue is oldest first by this. */
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

    /** Active means: approved and not suspended. The same rule as HQL over a member m. */
    public static final String ACTIVE = "m.status = id.etalase.member.MemberStatus.ACTIVE";

    /** No new number waits any more: confirmed, refused or withdrawn. */
    void forgetWhatsappRequest() {
        whatsappRequested = null;
        whatsappRequestedAt = null;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /**
     * A suspended membership freezes what the member shows and proposes (products, photos, profile) until an admin
     * reinstates it; taking a product down stays allowed.
     */
    public void refuseChangesWhileSuspended() {
        if (status == MemberStatus.SUSPENDED) {
            throw new NotAllowedException("member_suspendedChanges");
        }
    }
}
