package id.etalase.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member the admins put on the home page ("Anggota pilihan"), scheduled like a featured product. */
@Entity
@Table(name = "featured_member")
public class FeaturedMember extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    public int position;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
