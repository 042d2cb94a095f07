package id.etalase.reference;

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

    public List<District> listOrdered() {
        return listAll(Sort.by("code"));
    }
}
