package id.etalase.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One admin action: who did what to which member or product, and the state before and after. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "actor_id", nullable = false)
    public long actorId;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "subject_type", nullable = false, length = 20)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public long subjectId;

    @Column(name = "subject_name", nullable = false, length = 200)
    public String subjectName;

    @Column(name = "before_state", length = 2000)
    public String before;

    @Column(name = "after_state", length = 2000)
    public String after;

    @Column(length = 500)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
