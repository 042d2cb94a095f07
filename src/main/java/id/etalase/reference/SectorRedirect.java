package id.etalase.reference;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A slug a sector had before a rename or a merge: its old page answers 301 to the sector's page. */
@PlainText
@Entity
@Table(name = "sector_redirect")
public class SectorRedirect extends PanacheEntityBase {

    @Id
    @Column(name = "old_slug")
    public String oldSlug;

    @Column(name = "sector_id")
    public long sectorId;

    @Column(name = "created_at")
    public Instant createdAt;
}
