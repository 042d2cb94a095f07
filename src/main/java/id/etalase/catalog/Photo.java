package id.etalase.catalog;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A product photo; position 0 is the cover. The renditions are loaded only when one is served. */
@PlainText
@Entity
@Table(name = "photo")
public class Photo extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public long memberId;

    @Column(name = "product_id")
    public Long productId;

    @Column(nullable = false)
    public int position;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String hash;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "mediumblob")
    public byte[] large;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "mediumblob")
    public byte[] medium;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "mediumblob")
    public byte[] small;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Who a photo belongs to, without its files. */
    public record Owner(Long id, long memberId, Long productId, String hash) {
    }
}
