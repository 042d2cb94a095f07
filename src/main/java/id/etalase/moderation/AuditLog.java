package id.etalase.moderation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Writes every admin action in the transaction of the action itself, and reads the latest back. */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long actorId, String action, String subjectType, long subjectId, String subjectName,
            String before, String after, String note) {
        AuditEntry entry = new AuditEntry();
        entry.actorId = actorId;
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.subjectName = subjectName;
        entry.before = before;
        entry.after = after;
        entry.note = note;
        entry.createdAt = Instant.now();
        entry.persist();
    }

    /** The action last taken on this subject among these, if any was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<String> lastAction(String subjectType, long subjectId, List<String> actions) {
        return Panache.getEntityManager().createQuery("select e.action from AuditEntry e where e.subjectType = ?1"
                        + " and e.subjectId = ?2 and e.action in ?3 order by e.id desc", String.class)
                .setParameter(1, subjectType).setParameter(2, subjectId).setParameter(3, actions)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest entries first, with the acting admin's login number. */
    @Transactional
    public List<AuditView> latest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createQuery("select e, a.phone from AuditEntry e,"
                + " id.etalase.account.Account a where a.id = e.actorId order by e.createdAt desc, e.id desc")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> {
            AuditEntry e = (AuditEntry) row[0];
            return new AuditView(e.createdAt, (String) row[1], e.action, e.subjectType, e.subjectName, e.before,
                    e.after, e.note);
        }).toList();
    }
}
