package id.etalase.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sectors and districts change only with a migration, so their names are read once and kept. */
@ApplicationScoped
public class ReferenceData {

    public record SectorName(String slug, String nameId, String nameEn) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameId;
        }
    }

    public record DistrictName(String code, String slug, String name) {
    }

    @Inject
    SectorRepository sectors;

    @Inject
    DistrictRepository districts;

    private volatile Map<String, SectorName> sectorsBySlug;
    private volatile Map<String, DistrictName> districtsByCode;

    public List<SectorName> sectors() {
        return List.copyOf(sectorMap().values());
    }

    public List<DistrictName> districts() {
        return List.copyOf(districtMap().values());
    }

    public Optional<SectorName> sector(String slug) {
        return Optional.ofNullable(sectorMap().get(slug));
    }

    public Optional<DistrictName> district(String code) {
        return Optional.ofNullable(districtMap().get(code));
    }

    /** Pages link districts by readable slug ("bandar-lampung"); the API by code ("18.71"). */
    public Optional<DistrictName> districtByCodeOrSlug(String key) {
        return district(key).or(() -> districtMap().values().stream().filter(d -> d.slug().equals(key)).findFirst());
    }

    private Map<String, SectorName> sectorMap() {
        if (sectorsBySlug == null) {
            sectorsBySlug = QuarkusTransaction.joiningExisting().call(() -> sectors.listOrdered().stream()
                    .map(s -> new SectorName(s.slug, s.nameId, s.nameEn))
                    .collect(Collectors.toMap(SectorName::slug, Function.identity(), (a, b) -> a,
                            LinkedHashMap::new)));
        }
        return sectorsBySlug;
    }

    private Map<String, DistrictName> districtMap() {
        if (districtsByCode == null) {
            districtsByCode = QuarkusTransaction.joiningExisting().call(() -> districts.listOrdered().stream()
                    .map(d -> new DistrictName(d.code, d.slug, d.name))
                    .collect(Collectors.toMap(DistrictName::code, Function.identity(), (a, b) -> a,
                            LinkedHashMap::new)));
        }
        return districtsByCode;
    }
}
