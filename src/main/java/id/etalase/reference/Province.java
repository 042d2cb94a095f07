package id.etalase.reference;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province, identified by its two-digit official code such as 18. */
@PlainText
@Entity
@Table(name = "province")
public class Province extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
