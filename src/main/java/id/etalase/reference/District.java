package id.etalase.reference;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regency (kabupaten) or city (kota), identified by its official region code such as 18.71. */
@PlainText
@Entity
@Table(name = "district")
public class District extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String slug;

    public String name;

    public String kind;

    @Column(name = "province_code")
    public String provinceCode;
}
