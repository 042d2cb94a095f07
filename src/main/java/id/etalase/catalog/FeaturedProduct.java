package id.etalase.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A product the admins put on the home page: its place in the order, and the days it is shown (both optional). */
@Entity
@Table(name = "featured_product")
public class FeaturedProduct extends PanacheEntityBase {

    @Id
    @Column(name = "product_id")
    public Long productId;

    public int position;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
