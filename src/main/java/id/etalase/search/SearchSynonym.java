package id.etalase.search;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One rule of the search vocabulary: terms that mean the same to shoppers, "kripik, keripik". */
@PlainText
@Entity
@Table(name = "search_synonym")
public class SearchSynonym extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String terms;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
