package id.etalase.catalog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one writer of the home page's featured products and members (featured_product, featured_member): their order
 * and their days. The admins' curation (admin's CurationService) decides and notes each change, and asks here.
 */
@ApplicationScoped
public class FeaturedService {

    @Inject
    Event<FeaturedChanged> changed;

    /** Featured things are products or members; both are scheduled the same way. */
    public enum Kind {
        PRODUCT, MEMBER
    }

    /** A featured item's place and days, with its name as the audit log notes it. */
    public record Slot(long id, String name, int position, LocalDate startsOn, LocalDate endsOn) {
    }

    /** Where a moved item was, and the place it took. */
    public record Moved(Slot before, int position) {
    }

    /** Puts the product or member last in its list, shown from today with no end; its place, or empty if featured. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalInt add(Kind kind, long id) {
        if (kind == Kind.PRODUCT) {
            if (FeaturedProduct.findByIdOptional(id).isPresent()) {
                return OptionalInt.empty();
            }
            FeaturedProduct f = new FeaturedProduct();
            f.productId = id;
            f.position = (int) FeaturedProduct.count() + 1;
            f.persist();
            changed.fire(new FeaturedChanged());
            return OptionalInt.of(f.position);
        }
        if (FeaturedMember.findByIdOptional(id).isPresent()) {
            return OptionalInt.empty();
        }
        FeaturedMember f = new FeaturedMember();
        f.memberId = id;
        f.position = (int) FeaturedMember.count() + 1;
        f.persist();
        changed.fire(new FeaturedChanged());
        return OptionalInt.of(f.position);
    }

    /**
     * Moves a featured item to a place in its list (the others close up around it) and sets its days; empty when it
     * is not featured. The caller checked the days.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Moved> schedule(Kind kind, long id, int position, LocalDate startsOn, LocalDate endsOn) {
        List<Row> list = listOf(kind);
        Row moved = list.stream().filter(r -> r.slot().id() == id).findFirst().orElse(null);
        if (moved == null) {
            return Optional.empty();
        }
        List<Row> order = new ArrayList<>(list);
        order.remove(moved);
        order.add(Math.max(0, Math.min(order.size(), position - 1)), moved);
        for (int i = 0; i < order.size(); i++) {
            Row r = order.get(i);
            boolean isMoved = r == moved;
            r.place(i + 1, isMoved ? startsOn : r.slot().startsOn(), isMoved ? endsOn : r.slot().endsOn());
        }
        changed.fire(new FeaturedChanged());
        return Optional.of(new Moved(moved.slot(), order.indexOf(moved) + 1));
    }

    /** Takes an item off its list (the others close up); what it was, or empty when it was not featured. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Slot> remove(Kind kind, long id) {
        List<Row> list = listOf(kind);
        Row removed = list.stream().filter(r -> r.slot().id() == id).findFirst().orElse(null);
        if (removed == null) {
            return Optional.empty();
        }
        Panache.getEntityManager().remove(removed.entity());
        int position = 1;
        for (Row r : list) {
            if (r != removed) {
                r.place(position++, r.slot().startsOn(), r.slot().endsOn());
            }
        }
        changed.fire(new FeaturedChanged());
        return Optional.of(removed.slot());
    }

    /** One featured row of either kind with its slot as read, so ordering is written once. */
    private record Row(Slot slot, Object entity) {

        void place(int position, LocalDate startsOn, LocalDate endsOn) {
            if (entity instanceof FeaturedProduct f) {
                f.position = position;
                f.startsOn = startsOn;
                f.endsOn = endsOn;
            } else if (entity instanceof FeaturedMember f) {
                f.position = position;
                f.startsOn = startsOn;
                f.endsOn = endsOn;
            }
        }
    }

    private static List<Row> listOf(Kind kind) {
        if (kind == Kind.PRODUCT) {
            List<Object[]> rows = Panache.getEntityManager().createQuery("select f, p.name from FeaturedProduct f"
                    + " join Product p on p.id = f.productId order by f.position, f.productId", Object[].class)
                    .getResultList();
            return rows.stream().map(r -> {
                FeaturedProduct f = (FeaturedProduct) r[0];
                return new Row(new Slot(f.productId, (String) r[1], f.position, f.startsOn, f.endsOn), f);
            }).toList();
        }
        List<Object[]> rows = Panache.getEntityManager().createQuery("select f, m.businessName from FeaturedMember f"
                + " join Member m on m.id = f.memberId order by f.position, f.memberId", Object[].class)
                .getResultList();
        return rows.stream().map(r -> {
            FeaturedMember f = (FeaturedMember) r[0];
            return new Row(new Slot(f.memberId, (String) r[1], f.position, f.startsOn, f.endsOn), f);
        }).toList();
    }
}
