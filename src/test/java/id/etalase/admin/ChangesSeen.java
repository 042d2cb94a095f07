package id.etalase.admin;

import id.etalase.catalog.ProductChanged;
import id.etalase.member.MemberChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the catalogue events a test causes: what search would catch up with. */
@ApplicationScoped
public class ChangesSeen {

    private final List<Long> products = new CopyOnWriteArrayList<>();
    private final List<Long> members = new CopyOnWriteArrayList<>();

    /** Forgets what was seen (read through methods: a field of the client proxy is not the bean's). */
    public void clear() {
        products.clear();
        members.clear();
    }

    public List<Long> products() {
        return List.copyOf(products);
    }

    public List<Long> members() {
        return List.copyOf(members);
    }

    void product(@Observes ProductChanged event) {
        products.add(event.productId());
    }

    void member(@Observes MemberChanged event) {
        members.add(event.memberId());
    }
}
