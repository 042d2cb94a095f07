package id.etalase.reference;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@PlainText
@Entity
@Table(name = "sector")
public class Sector extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @Column(name = "name_id")
    public String nameId;

    @Column(name = "name_en")
    public String nameEn;

    public int position;
}
