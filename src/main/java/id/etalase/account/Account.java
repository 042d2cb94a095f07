package id.etalase.account;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** Who can log in: a member business's owner (the WhatsApp number is the login name) or an admin. */
@PlainText
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** International digits, 628…: the login name. */
    @Username
    @Column(nullable = false, unique = true, length = 20)
    public String phone;

    /** bcrypt in Modular Crypt Format; the password itself is never stored. */
    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** {@link AccountRoles#MEMBER} or {@link AccountRoles#ADMIN}. */
    @Roles
    @Column(nullable = false, length = 10)
    public String role;

    /** The member business this account speaks for; null for an admin. */
    @Column(name = "member_id")
    public Long memberId;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    public Instant passwordChangedAt;

    /** Raised to end every session of the account: password changed or reset, suspension, "log out everywhere". */
    @Column(name = "session_generation", nullable = false)
    public int sessionGeneration;

    @Version
    public long version;
}
