package id.etalase.member;

import id.etalase.common.Like;
import id.etalase.common.Page;
import id.etalase.reference.District;
import id.etalase.reference.Sector;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class MemberRepository implements PanacheRepository<Member> {

    private static final String ACTIVE = Member.ACTIVE;

    public Optional<Member> findActiveBySlug(String slug) {
        return getEntityManager().createQuery("select m from Member m join fetch m.district join fetch m.sector"
                + " where m.slug = :slug and " + ACTIVE, Member.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<Object[]> findActiveSlugs() {
        return getEntityManager().createQuery("select m.slug, m.updatedAt from Member m where " + ACTIVE
                + " order by m.id", Object[].class).getResultList();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    public Page<Member> findActive(Sector sector, District district, MemberScale scale, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of(ACTIVE));
        Map<String, Object> params = new HashMap<>();
        if (sector != null) {
            conditions.add("m.sector = :sector");
            params.put("sector", sector);
        }
        if (district != null) {
            conditions.add("m.district = :district");
            params.put("district", district);
        }
        if (scale != null) {
            conditions.add("m.scale = :scale");
            params.put("scale", scale);
        }
        String where = String.join(" and ", conditions);
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(m) from Member m where " + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || (long) (page - 1) * size >= total) {
            return new Page<>(List.of(), page, size, total);
        }
        TypedQuery<Member> select = getEntityManager().createQuery("select m from Member m join fetch m.district"
                + " join fetch m.sector where " + where + " order by m.businessName asc, m.id asc", Member.class);
        params.forEach(select::setParameter);
        return new Page<>(select.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(), page, size,
                total);
    }

    /** Active members counted per sector slug. */
    public Map<String, Long> countActiveBySector() {
        return countsBy("m.sector.slug");
    }

    /** Active members counted per district code. */
    public Map<String, Long> countActiveByDistrict() {
        return countsBy("m.district.code");
    }

    private Map<String, Long> countsBy(String key) {
        Map<String, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select " + key + ", count(m) from Member m where " + ACTIVE
                + " group by " + key, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Active members whose business name starts with the prefix, A to Z. */
    public List<Member> findActiveNamedLike(String prefix, int limit) {
        return getEntityManager().createQuery("select m from Member m where " + ACTIVE
                        + " and lower(m.businessName) like :start" + Like.ESCAPE + " order by m.businessName",
                        Member.class)
                .setParameter("start", Like.startingWith(prefix))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Members waiting for an admin to confirm a new WhatsApp number, longest waiting first. */
    public List<Member> findWhatsappRequests() {
        return list("whatsappRequested is not null order by whatsappRequestedAt, id");
    }

    /** Registrations waiting for an admin, the longest waiting first. */
    public List<Member> findPending() {
        return getEntityManager().createQuery("select m from Member m join fetch m.district join fetch m.sector"
                + " where m.status = id.etalase.member.MemberStatus.PENDING order by m.submittedAt, m.id", Member.class)
                .getResultList();
    }

    /** Members of any state whose name or WhatsApp number contains the text (all when blank), newest first. */
    public List<Member> search(String text, int limit) {
        String where = text == null || text.isBlank() ? ""
                : " where lower(m.businessName) like :text" + Like.ESCAPE + " or m.whatsapp like :text" + Like.ESCAPE;
        TypedQuery<Member> query = getEntityManager().createQuery("select m from Member m join fetch m.district"
                + where + " order by m.createdAt desc, m.id desc", Member.class);
        if (!where.isEmpty()) {
            query.setParameter("text", Like.containing(text.strip()));
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The member with that WhatsApp number (628… digits), whatever its state. */
    public Optional<Member> findByWhatsapp(String whatsapp) {
        return getEntityManager().createQuery("select m from Member m join fetch m.district join fetch m.sector"
                + " where m.whatsapp = :whatsapp order by m.id", Member.class)
                .setParameter("whatsapp", whatsapp)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every member of any state with its district and sector, oldest first: the export. */
    public List<Member> findAllForExport() {
        return getEntityManager().createQuery("select m from Member m join fetch m.district join fetch m.sector"
                + " order by m.id", Member.class).getResultList();
    }

    /**
     * Locks the member's row until the transaction ends, so that one member's writes that count their own rows
     * against a limit (products, staged photos) take turns. Native: Hibernate's MySQL dialect writes a
     * {@code for update of} that MariaDB does not take.
     */
    public void lock(long id) {
        getEntityManager().createNativeQuery("select id from member where id = ?1 for update").setParameter(1, id)
                .getResultList();
    }
}
