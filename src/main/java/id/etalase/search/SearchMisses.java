package id.etalase.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Searches that found nothing, kept for the admins' report of what shoppers look for in vain. */
@ApplicationScoped
public class SearchMisses {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String query, String filters, String engine) {
        Panache.getEntityManager()
                .createNativeQuery("insert into search_miss (query, filters, engine, created_at)"
                        + " values (?1, ?2, ?3, now(6))")
                .setParameter(1, query)
                .setParameter(2, filters == null || filters.isEmpty() ? null : filters)
                .setParameter(3, engine)
                .executeUpdate();
    }
}
