package id.etalase.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SectorRepository implements PanacheRepository<Sector> {

    public Optional<Sector> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Sector> listOrdered() {
        return listAll(Sort.by("position"));
    }
}
