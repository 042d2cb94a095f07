package id.etalase.demo;

import id.etalase.catalog.ProductStatus;
import id.etalase.catalog.ProductWrites;
import id.etalase.member.MemberScale;
import id.etalase.member.MemberService;
import id.etalase.member.MemberStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a generated catalogue in one transaction, all of it or nothing, through the owners of its rows: members
 * through {@link MemberService}, products through {@link ProductWrites}, each in JDBC batches. Sector ids are looked
 * up by slug and district ids by region code from the reference tables.
 */
@ApplicationScoped
public class DemoCatalogueWriter {

    /** Ample for the largest demo catalogue (100,000 products); the default 60 seconds is not. */
    private static final int TIMEOUT_SECONDS = 1800;

    @Inject
    MemberService members;

    @Inject
    ProductWrites products;

    /** Inserts every member and product; returns how many of each were written and how long it took. */
    public DemoLoadResult write(DemoCatalogue catalogue) {
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            Map<String, Long> sectorIds = idsByKey("select slug, id from sector");
            Map<String, Long> districtIds = idsByKey("select code, id from district");
            Map<String, Long> memberIds = members.load(catalogue.members().stream().map(m -> new MemberService.Loaded(
                    m.slug(), m.businessName(), m.ownerName(), MemberScale.fromSlug(m.scale()).orElseThrow(),
                    require(sectorIds, m.sectorSlug(), "sector"), require(districtIds, m.districtCode(), "district"),
                    m.address(), m.description(), m.whatsapp(), m.instagram(), m.tiktok(), m.shopeeUrl(),
                    m.tokopediaUrl(), m.nib(), m.pirt(), m.halalCert(), m.bpom(),
                    MemberStatus.valueOf(m.status().toUpperCase(Locale.ROOT)), m.createdAt(), m.updatedAt()))
                    .toList());
            products.load(catalogue.products().stream().map(p -> new ProductWrites.Loaded(p.slug(),
                    require(memberIds, p.memberSlug(), "member"), p.name(), p.description(), p.price(), p.unit(),
                    require(sectorIds, p.sectorSlug(), "sector"),
                    ProductStatus.valueOf(p.status().toUpperCase(Locale.ROOT)), p.createdAt(), p.updatedAt()))
                    .toList());
        });
        return new DemoLoadResult(catalogue.members().size(), catalogue.products().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Map<String, Long> idsByKey(String query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(query, Object[].class).getResultList();
        Map<String, Long> ids = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    private static long require(Map<String, Long> ids, String key, String what) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo data refers to " + what + " '" + key
                    + "', which is not in the database; are the reference data migrations applied?");
        }
        return id;
    }
}
