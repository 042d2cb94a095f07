package id.etalase.admin;

import id.etalase.catalog.FeaturedMember;
import id.etalase.catalog.FeaturedProduct;
import id.etalase.catalog.FeaturedService;
import id.etalase.catalog.FeaturedService.Kind;
import id.etalase.catalog.PhotoProcessor;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductRepository;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Like;
import id.etalase.common.PortalClock;
import id.etalase.member.Member;
import id.etalase.member.MemberRepository;
import id.etalase.moderation.AuditLog;
import id.etalase.settings.CommunityInput;
import id.etalase.settings.SettingsService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the admins curate: the products and members the home page features, in their order and for their days (written
 * by catalog's {@link FeaturedService}), and the community's own settings. Every change lands in the audit log.
 */
@ApplicationScoped
public class CurationService {

    public static final int CANDIDATES = 10;

    /** A public product or active member the admin may feature. */
    public record Candidate(Kind kind, String slug, String name, String detail, boolean featured) {

        /** How the curation forms name the kind: "produk" or "anggota". */
        public String kindSlug() {
            return kind == Kind.PRODUCT ? "produk" : "anggota";
        }
    }

    @Inject
    ProductRepository products;

    @Inject
    MemberRepository members;

    @Inject
    FeaturedService featured;

    @Inject
    SettingsService settings;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Transactional
    public List<FeaturedItem> featuredProducts() {
        LocalDate today = clock.today();
        List<Object[]> rows = Panache.getEntityManager().createQuery("select f, p, m from FeaturedProduct f"
                + " join Product p on p.id = f.productId join p.member m order by f.position, f.productId",
                Object[].class).getResultList();
        return rows.stream().map(row -> {
            FeaturedProduct f = (FeaturedProduct) row[0];
            Product p = (Product) row[1];
            return new FeaturedItem(p.id, p.slug, p.name, ((Member) row[2]).businessName, f.position, f.startsOn,
                    f.endsOn, FeaturedItem.stateOn(today, f.startsOn, f.endsOn, p.isPublic()));
        }).toList();
    }

    @Transactional
    public List<FeaturedItem> featuredMembers() {
        LocalDate today = clock.today();
        List<Object[]> rows = Panache.getEntityManager().createQuery("select f, m from FeaturedMember f"
                + " join Member m on m.id = f.memberId join fetch m.district order by f.position, f.memberId",
                Object[].class).getResultList();
        return rows.stream().map(row -> {
            FeaturedMember f = (FeaturedMember) row[0];
            Member m = (Member) row[1];
            return new FeaturedItem(m.id, m.slug, m.businessName, m.district.name, f.position, f.startsOn, f.endsOn,
                    FeaturedItem.stateOn(today, f.startsOn, f.endsOn, m.isActive()));
        }).toList();
    }

    /** Public products and active members whose name contains the text, to pick from. */
    @Transactional
    public List<Candidate> candidates(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String pattern = Like.containing(text.strip());
        var em = Panache.getEntityManager();
        Set<Long> featuredProducts = Set.copyOf(em.createQuery("select f.productId from FeaturedProduct f", Long.class)
                .getResultList());
        Set<Long> featuredMembers = Set.copyOf(em.createQuery("select f.memberId from FeaturedMember f", Long.class)
                .getResultList());
        List<Candidate> found = new ArrayList<>();
        em.createQuery("select p from Product p join fetch p.member m where lower(p.name)"
                + " like lower(:text)" + Like.ESCAPE + " and " + Product.PUBLIC + " order by p.name, p.id",
                Product.class).setParameter("text", pattern).setMaxResults(CANDIDATES).getResultList()
                .forEach(p -> found.add(new Candidate(Kind.PRODUCT, p.slug, p.name, p.member.businessName,
                        featuredProducts.contains(p.id))));
        em.createQuery("select m from Member m join fetch m.district where"
                + " lower(m.businessName) like lower(:text)" + Like.ESCAPE + " and " + Member.ACTIVE
                + " order by m.businessName, m.id", Member.class).setParameter("text", pattern)
                .setMaxResults(CANDIDATES).getResultList()
                .forEach(m -> found.add(new Candidate(Kind.MEMBER, m.slug, m.businessName, m.district.name,
                        featuredMembers.contains(m.id))));
        return found;
    }

    /** Puts a public product or an active member last in its list, shown from today with no end. */
    @Transactional
    public void feature(long actorId, Kind kind, String slug) {
        if (kind == Kind.PRODUCT) {
            Product product = products.findPublicBySlug(slug).orElseThrow(
                    () -> new InvalidInputException(FieldError.of("slug", "curation_notPublic")));
            featured.add(kind, product.id).ifPresent(position -> audit.record(actorId, "curation.feature", "product",
                    product.id, product.name, null, schedule(position, null, null), null));
        } else {
            Member member = members.findActiveBySlug(slug).orElseThrow(
                    () -> new InvalidInputException(FieldError.of("slug", "curation_notPublic")));
            featured.add(kind, member.id).ifPresent(position -> audit.record(actorId, "curation.feature", "member",
                    member.id, member.businessName, null, schedule(position, null, null), null));
        }
    }

    /**
     * Moves a featured item to a place in its list (the others close up around it) and sets its days. An end
     * before the start is refused.
     */
    @Transactional
    public void schedule(long actorId, Kind kind, long id, int position, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInputException(FieldError.of("endsOn", "curation_endsBeforeStart"));
        }
        FeaturedService.Moved moved = featured.schedule(kind, id, position, startsOn, endsOn)
                .orElseThrow(NotFoundException::new);
        FeaturedService.Slot before = moved.before();
        audit.record(actorId, "curation.schedule", kind.name().toLowerCase(java.util.Locale.ROOT), id, before.name(),
                schedule(before.position(), before.startsOn(), before.endsOn()),
                schedule(moved.position(), startsOn, endsOn), null);
    }

    @Transactional
    public void unfeature(long actorId, Kind kind, long id) {
        FeaturedService.Slot removed = featured.remove(kind, id).orElseThrow(NotFoundException::new);
        audit.record(actorId, "curation.unfeature", kind.name().toLowerCase(java.util.Locale.ROOT), id, removed.name(),
                schedule(removed.position(), removed.startsOn(), removed.endsOn()), null, null);
    }

    /** Saves the community settings and notes the change. */
    @Transactional
    public void updateCommunity(long actorId, CommunityInput input) {
        CommunityInput before = settings.form();
        settings.update(input);
        audit.record(actorId, "community.update", "community", 1, input.name(), before.name(), input.name(), null);
    }

    /** Checks the uploaded logo by its content and keeps it as a small PNG. */
    @Transactional
    public void setLogo(long actorId, byte[] upload) {
        try {
            PhotoProcessor.Logo logo = PhotoProcessor.logo(upload);
            settings.setLogo(logo.png(), logo.hash());
            audit.record(actorId, "community.logo", "community", 1, settings.current().name(), null, logo.hash().substring(0,
                    16), null);
        } catch (PhotoProcessor.Rejected e) {
            throw new InvalidInputException(FieldError.of("logo", e.code(), e.args()));
        }
    }

    @Transactional
    public void removeLogo(long actorId) {
        settings.removeLogo();
        audit.record(actorId, "community.logo", "community", 1, settings.current().name(), null, null, null);
    }

    private static String schedule(int position, LocalDate startsOn, LocalDate endsOn) {
        return "#" + position + " " + (startsOn == null ? "…" : startsOn) + " – " + (endsOn == null ? "…" : endsOn);
    }
}
