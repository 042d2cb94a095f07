package id.etalase.catalog;

import id.etalase.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    /** Public means: the product is published and its member is active. */
    static final String PUBLIC = "p.status = id.etalase.catalog.ProductStatus.PUBLISHED"
            + " and m.status = id.etalase.member.MemberStatus.ACTIVE";

    public Optional<Product> findPublicBySlug(String slug) {
        return getEntityManager().createQuery("select p from Product p join fetch p.member m join fetch m.district"
                + " join fetch p.sector where p.slug = :slug and " + PUBLIC, Product.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    public Page<Product> findPublic(ProductFilter filter, ProductSort sort, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = whereClause(filter, params);
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(p) from Product p join p.member m where " + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || (long) (page - 1) * size >= total) {
            return new Page<>(List.of(), page, size, total);
        }
        TypedQuery<Product> select = getEntityManager().createQuery("select p from Product p join fetch p.member m"
                + " join fetch m.district join fetch p.sector where " + where + " order by " + sort.orderBy,
                Product.class);
        params.forEach(select::setParameter);
        List<Product> items = select.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }

    private static String whereClause(ProductFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of(PUBLIC));
        if (filter.sector() != null) {
            conditions.add("p.sector = :sector");
            params.put("sector", filter.sector());
        }
        if (filter.district() != null) {
            conditions.add("m.district = :district");
            params.put("district", filter.district());
        }
        if (filter.scale() != null) {
            conditions.add("m.scale = :scale");
            params.put("scale", filter.scale());
        }
        if (filter.member() != null) {
            conditions.add("p.member = :member");
            params.put("member", filter.member());
        }
        if (filter.minPrice() != null) {
            conditions.add("p.price >= :minPrice");
            params.put("minPrice", filter.minPrice());
        }
        if (filter.maxPrice() != null) {
            conditions.add("p.price <= :maxPrice");
            params.put("maxPrice", filter.maxPrice());
        }
        return String.join(" and ", conditions);
    }

    /** Published products of active members, counted per sector id. */
    public Map<Long, Long> countPublicBySector() {
        return countsBy("p.sector.id");
    }

    /** Published products of active members, counted per district id. */
    public Map<Long, Long> countPublicByDistrict() {
        return countsBy("m.district.id");
    }

    private Map<Long, Long> countsBy(String key) {
        Map<Long, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select " + key + ", count(p) from Product p join p.member m where " + PUBLIC
                + " group by " + key, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
