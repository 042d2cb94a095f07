package id.etalase.catalog;

import id.etalase.common.Like;
import id.etalase.common.Page;
import id.etalase.common.PortalDialect;
import id.etalase.member.LegalPaper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import id.etalase.reference.Sector;

@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    private static final String PUBLIC = Product.PUBLIC;

    public Optional<Product> findPublicBySlug(String slug) {
        return getEntityManager().createQuery("select p from Product p join fetch p.member m join fetch m.district"
                + " join fetch m.sector join fetch p.sector where p.slug = :slug and " + PUBLIC, Product.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** Products with their seller, district and sector loaded, public or not: the indexer decides. */
    public List<Product> findWithSellerByIds(java.util.Collection<Long> ids) {
        return getEntityManager().createQuery("select p from Product p join fetch p.member m join fetch m.district"
                + " join fetch p.sector where p.id in :ids", Product.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * The last of the next {@code size} product ids after the given one, public or not; empty after the last. A full
     * reindex pages through these windows of the primary key: a limit on the public products themselves made MariaDB
     * sort from the members' side on every page (0.3 s a page at 100,000 products, against 4 ms).
     */
    public java.util.OptionalLong idWindowEnd(long after, int size) {
        List<Long> ids = getEntityManager().createQuery("select p.id from Product p where p.id > :after order by p.id",
                Long.class).setParameter("after", after).setMaxResults(size).getResultList();
        return ids.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(ids.get(ids.size() - 1));
    }

    /** The public products with ids in (after, upTo], in id order, with their seller, district and sector. */
    public List<Product> findPublicBetween(long after, long upTo) {
        return getEntityManager().createQuery("select p from Product p join fetch p.member m join fetch m.district"
                + " join fetch p.sector where p.id > :after and p.id <= :upTo and " + PUBLIC + " order by p.id",
                Product.class).setParameter("after", after).setParameter("upTo", upTo).getResultList();
    }

    /**
     * The newest public products, of one sector or of all. The candidates come from the product table alone: joining
     * the members first (to leave out those not active) makes the database sort the whole catalogue, seconds at
     * 100,000 products. Only when too few candidates are public is the full query run.
     */
    public List<Product> findNewestPublic(Sector sector, int limit) {
        TypedQuery<Long> newest = getEntityManager().createQuery("select p.id from Product p where p.status = :published"
                + (sector == null ? "" : " and p.sector = :sector") + " order by " + ProductSort.NEWEST.orderBy,
                Long.class).setParameter("published", ProductStatus.PUBLISHED);
        if (sector != null) {
            newest.setParameter("sector", sector);
        }
        List<Long> candidates = newest.setMaxResults(limit * 2).getResultList();
        List<Product> found = candidates.isEmpty() ? List.of() : getEntityManager().createQuery("select p from Product p"
                + " join fetch p.member m join fetch m.district join fetch p.sector where p.id in :ids and " + PUBLIC
                + " order by " + ProductSort.NEWEST.orderBy, Product.class).setParameter("ids", candidates)
                .setMaxResults(limit).getResultList();
        if (found.size() == limit || candidates.size() < limit * 2) {
            return found;
        }
        return findPublic(ProductFilter.none().withSector(sector.slug), ProductSort.NEWEST, 1, limit).items();
    }

    public long countPublic() {
        return getEntityManager().createQuery("select count(p) from Product p join p.member m where " + PUBLIC,
                Long.class).getSingleResult();
    }

    /** Public products the admins feature on the given day, in their order. */
    public List<Product> findFeaturedPublic(LocalDate day, int limit) {
        return getEntityManager().createQuery("select p from FeaturedProduct f join Product p on p.id = f.productId"
                + " join fetch p.member m join fetch m.district join fetch p.sector where " + SHOWN_ON + " and "
                + PUBLIC + " order by f.position, f.productId", Product.class)
                .setParameter("day", day).setMaxResults(limit).getResultList();
    }

    /** A featured item (alias f) is shown from its first day to its last, each optional. */
    static final String SHOWN_ON = "(f.startsOn is null or f.startsOn <= :day) and (f.endsOn is null or f.endsOn >= :day)";

    /** Slugs and last changes of public products, in id order, one sitemap file at a time. */
    public List<Object[]> findPublicSlugs(int offset, int limit) {
        return getEntityManager().createQuery("select p.slug, p.updatedAt from Product p join p.member m where " + PUBLIC
                + " order by p.id", Object[].class).setFirstResult(offset).setMaxResults(limit).getResultList();
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
        return findPublic(filter, sort, page, size, count.getSingleResult());
    }

    /** A page of public products matching the filter, when their total is known already (counted with the facets). */
    public Page<Product> findPublic(ProductFilter filter, ProductSort sort, int page, int size, long total) {
        Map<String, Object> params = new HashMap<>();
        String where = whereClause(filter, params);
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

    /** InnoDB's shortest indexed word (innodb_ft_min_token_size, 3 on MariaDB and MySQL): shorter ones are LIKEd. */
    private static final int FULLTEXT_MIN_WORD = 3;

    private static String whereClause(ProductFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of(PUBLIC));
        if (filter.sector() != null) {
            conditions.add("p.sector.slug = :sector");
            params.put("sector", filter.sector());
        }
        if (filter.district() != null) {
            conditions.add("m.district.code = :district");
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
        if (filter.paper() != null) {
            conditions.add(filter.paper().column + " is not null");
        }
        if (!filter.excluded().isEmpty()) {
            conditions.add("p.id not in (:excluded)");
            params.put("excluded", filter.excluded());
        }
        StringBuilder indexed = new StringBuilder();
        for (int i = 0; i < filter.words().size(); i++) {
            List<String> spellings = filter.words().get(i);
            if (spellings.stream().allMatch(spelling -> spelling.length() >= FULLTEXT_MIN_WORD)) {
                // One of the spellings must begin a word: +(keripik* kripik*).
                indexed.append(indexed.isEmpty() ? "+(" : " +(")
                        .append(spellings.stream().map(spelling -> spelling + "*").collect(Collectors.joining(" ")))
                        .append(')');
            } else {
                List<String> likes = new ArrayList<>();
                for (int j = 0; j < spellings.size(); j++) {
                    String name = "word" + i + "_" + j;
                    likes.add("lower(p.name) like :" + name + Like.ESCAPE + " or lower(p.description) like :" + name
                            + Like.ESCAPE);
                    params.put(name, Like.containing(spellings.get(j)));
                }
                conditions.add("(" + String.join(" or ", likes) + ")");
            }
        }
        if (!indexed.isEmpty()) {
            conditions.add(PortalDialect.MATCHES_WORDS + "(p.name, p.description, :words) > 0");
            params.put("words", indexed.toString());
        }
        return String.join(" and ", conditions);
    }

    /** Public products matching the filter, counted per value of one dimension (an HQL expression). */
    public Map<String, Long> countPublicBy(String expression, ProductFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = whereClause(filter, params);
        TypedQuery<Object[]> query = getEntityManager().createQuery("select " + expression + ", count(p)"
                + " from Product p join p.member m where " + where + " group by " + expression, Object[].class);
        params.forEach(query::setParameter);
        Map<String, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> {
            if (row[0] != null) {
                counts.put(String.valueOf(row[0]), (Long) row[1]);
            }
        });
        return counts;
    }

    /** Public products matching a filter, counted by each facet's values. */
    public record FacetCounts(long total, Map<String, Long> sectors, Map<String, Long> districts,
            Map<String, Long> scales, Map<String, Long> priceBands, Map<LegalPaper, Long> papers) {
    }

    /**
     * The counts of every facet under one filter in one read, grouped by all dimensions at once and summed here: what
     * the facets of the dimensions a search does not filter on show (a filtered one counts without its own filter),
     * and the total.
     */
    public FacetCounts countPublicFacets(ProductFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = whereClause(filter, params);
        String dimensions = "p.sector.slug, m.district.code, m.scale, " + PriceBand.bandOf("p.price");
        TypedQuery<Object[]> query = getEntityManager().createQuery("select " + dimensions + ", count(p), "
                + PAPER_HOLDERS + " from Product p join p.member m where " + where + " group by " + dimensions,
                Object[].class);
        params.forEach(query::setParameter);
        Map<String, Long> sectors = new HashMap<>();
        Map<String, Long> districts = new HashMap<>();
        Map<String, Long> scales = new HashMap<>();
        Map<String, Long> priceBands = new HashMap<>();
        Map<LegalPaper, Long> papers = new EnumMap<>(LegalPaper.class);
        long total = 0;
        for (Object[] row : query.getResultList()) {
            long count = (Long) row[4];
            total += count;
            add(sectors, row[0], count);
            add(districts, row[1], count);
            add(scales, row[2], count);
            add(priceBands, row[3], count);
            addHolders(row, 5, papers);
        }
        // Every product has one sector, district, scale and band (or none: no price), so the groups add up to all.
        return new FacetCounts(total, sectors, districts, scales, priceBands, papers);
    }

    private static void add(Map<String, Long> counts, Object value, long count) {
        if (value != null) {
            counts.merge(String.valueOf(value), count, Long::sum);
        }
    }

    /** How many of the rows' sellers hold each legal paper, in the enum's order: count(m.halalCert), … */
    private static final String PAPER_HOLDERS = Arrays.stream(LegalPaper.values())
            .map(paper -> "count(" + paper.column + ")").collect(Collectors.joining(", "));

    /** Adds a row's {@link #PAPER_HOLDERS}, starting at {@code from}, to the counts; papers none hold are left out. */
    private static void addHolders(Object[] row, int from, Map<LegalPaper, Long> papers) {
        for (LegalPaper paper : LegalPaper.values()) {
            long held = ((Number) row[from + paper.ordinal()]).longValue();
            if (held > 0) {
                papers.merge(paper, held, Long::sum);
            }
        }
    }

    /** (seller id, product id, name) of public products, by seller and oldest first; one seller's or all. */
    public List<Object[]> publicNamesBySeller(Long seller) {
        TypedQuery<Object[]> query = getEntityManager().createQuery("select m.id, p.id, p.name from Product p"
                + " join p.member m where " + PUBLIC + (seller == null ? "" : " and m.id = :seller")
                + " order by m.id, p.id", Object[].class);
        if (seller != null) {
            query.setParameter("seller", seller);
        }
        return query.getResultList();
    }

    /** Public products matching the filter, counted per legal paper their seller holds (papers none hold left out). */
    public Map<LegalPaper, Long> countPublicByPaper(ProductFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = whereClause(filter, params);
        TypedQuery<Object[]> query = getEntityManager().createQuery("select " + PAPER_HOLDERS
                + " from Product p join p.member m where " + where, Object[].class);
        params.forEach(query::setParameter);
        Map<LegalPaper, Long> byPaper = new EnumMap<>(LegalPaper.class);
        addHolders(query.getSingleResult(), 0, byPaper);
        return byPaper;
    }

    /** Names of public products that start with the prefix or have a word starting with it, A to Z. */
    public List<String> publicNamesMatching(String prefix, int limit) {
        return getEntityManager().createQuery("select distinct p.name from Product p join p.member m where " + PUBLIC
                        + " and (lower(p.name) like :start" + Like.ESCAPE + " or lower(p.name) like :word"
                        + Like.ESCAPE + ") order by p.name", String.class)
                .setParameter("start", Like.startingWith(prefix)).setParameter("word", Like.wordStartingWith(prefix))
                .setMaxResults(limit)
                .getResultList();
    }
}
