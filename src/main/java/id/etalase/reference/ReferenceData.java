package id.etalase.reference;

import id.etalase.common.DatabaseFaults;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sectors and districts, which every page names, kept in memory: a change made on this replica shows at once (a
 * {@link ReferenceChanged} forgets them after its commit), one made on another replica within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class ReferenceData {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    public record SectorName(String slug, String nameId, String nameEn) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameId;
        }
    }

    public record DistrictName(String code, String slug, String name) {
    }

    /** One read of everything, so a page never mixes names from before and after a change. */
    private record Snapshot(Map<String, SectorName> sectorsBySlug, Map<String, String> redirects,
            Map<String, DistrictName> districtsByCode, Instant loadedAt) {

        Snapshot expired() {
            return new Snapshot(sectorsBySlug, redirects, districtsByCode, Instant.EPOCH);
        }
    }

    @Inject
    SectorRepository sectors;

    @Inject
    DistrictRepository districts;

    private volatile Snapshot snapshot;
    /** Counts forgets, so a read that began before a change is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    public List<SectorName> sectors() {
        return List.copyOf(current().sectorsBySlug().values());
    }

    public List<DistrictName> districts() {
        return List.copyOf(current().districtsByCode().values());
    }

    public Optional<SectorName> sector(String slug) {
        return Optional.ofNullable(current().sectorsBySlug().get(slug));
    }

    /** The slug a renamed or merged sector's old slug now leads to. */
    public Optional<String> sectorRedirect(String oldSlug) {
        return Optional.ofNullable(current().redirects().get(oldSlug));
    }

    public Optional<DistrictName> district(String code) {
        return Optional.ofNullable(current().districtsByCode().get(code));
    }

    /** The names as last read, as one object: another one after every change or read, for pages kept as HTML. */
    public Object names() {
        return current();
    }

    /** Pages link districts by readable slug ("bandar-lampung"); the API by code ("18.71"). */
    public Optional<DistrictName> districtByCodeOrSlug(String key) {
        return district(key).or(() -> current().districtsByCode().values().stream()
                .filter(d -> d.slug().equals(key)).findFirst());
    }

    /** Read again at the next chance; until then a refusal page on an IO thread still has the previous names. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceChanged event) {
        generation.incrementAndGet();
        Snapshot current = snapshot;
        if (current != null) {
            snapshot = current.expired();
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        // On an IO thread (an error page answered before a worker took the request) the database cannot be read.
        if (current != null && !BlockingOperationControl.isBlockingAllowed()) {
            return current;
        }
        // While the database is away, the names last read serve (search and its facets answer from the index).
        if (current == null || Instant.now().isAfter(current.loadedAt().plus(FRESH_FOR))
                && !DatabaseFaults.outageSeenWithin(FRESH_FOR)) {
            long before = generation.get();
            try {
                Snapshot loaded = QuarkusTransaction.joiningExisting().call(this::load);
                if (generation.get() == before) {
                    snapshot = loaded;
                }
                return loaded;
            } catch (RuntimeException e) {
                if (current == null || !DatabaseFaults.isUnavailable(e)) {
                    throw e;
                }
                DatabaseFaults.outageSeen();
            }
        }
        return current;
    }

    private Snapshot load() {
        Instant now = Instant.now();
        Map<Long, String> slugsById = new LinkedHashMap<>();
        Map<String, SectorName> sectorMap = new LinkedHashMap<>();
        for (Sector s : sectors.listOrdered()) {
            slugsById.put(s.id, s.slug);
            sectorMap.put(s.slug, new SectorName(s.slug, s.nameId, s.nameEn));
        }
        Map<String, String> redirects = new LinkedHashMap<>();
        for (SectorRedirect r : sectors.redirects()) {
            String target = slugsById.get(r.sectorId);
            if (target != null) {
                redirects.put(r.oldSlug, target);
            }
        }
        Map<String, DistrictName> districtMap = districts.listOrdered().stream()
                .map(d -> new DistrictName(d.code, d.slug, d.name))
                .collect(Collectors.toMap(DistrictName::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new Snapshot(sectorMap, redirects, districtMap, now);
    }
}
