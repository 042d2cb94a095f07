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

    /** The sector with this slug, or the one a renamed or merged sector's old slug now leads to. */
    public Optional<Sector> findCurrent(String slug) {
        return findBySlug(slug).or(() -> SectorRedirect.<SectorRedirect>findByIdOptional(slug)
                .flatMap(redirect -> findByIdOptional(redirect.sectorId)));
    }

    public List<Sector> listOrdered() {
        return listAll(Sort.by("position").and("id"));
    }

    /** Old slug → the slug it now leads to. */
    public List<SectorRedirect> redirects() {
        return SectorRedirect.listAll(Sort.by("oldSlug"));
    }
}
