package id.etalase.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DistrictRepository implements PanacheRepository<District> {

    public Optional<District> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Pages link districts by readable slug ("bandar-lampung"); the API by code ("18.71"). */
    public Optional<District> findByCodeOrSlug(String key) {
        return find("code = ?1 or slug = ?1", key).firstResultOptional();
    }

    public List<District> listOrdered() {
        return listAll(Sort.by("code"));
    }
}
