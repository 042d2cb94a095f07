package id.etalase.account;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PhoneNumbers;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Accounts: creating them, logging in with throttling, changing passwords and one-time reset links. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    public static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads only the first 72 bytes; a longer password would silently be a shorter one. */
    public static final int MAX_PASSWORD_LENGTH = 72;

    /** Compared against when the number has no account, so a missing account takes as long as a wrong password. */
    private static final String UNKNOWN_ACCOUNT_HASH = BcryptUtil.bcryptHash("no such account");

    @Inject
    AccountRepository accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountConfig config;

    @Inject
    AccountMetrics metrics;

    private final SecureRandom random = new SecureRandom();

    /** The rules a new password must meet, as field errors on {@code field}. */
    public static List<FieldError> checkPassword(String field, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(FieldError.of(field, "account_passwordShort", MIN_PASSWORD_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_LENGTH) {
            errors.add(FieldError.of(field, "account_passwordLong", MAX_PASSWORD_LENGTH));
        }
        return errors;
    }

    /** Whether a number already logs in to an account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean phoneTaken(String phone) {
        return accounts.findByPhone(phone).isPresent();
    }

    /** A member business's account, in the caller's transaction; the checks are the caller's (checkPassword). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountView createForMember(long memberId, String phone, String password) {
        return create(phone, password, AccountRoles.MEMBER, memberId);
    }

    /**
     * A member business's account whose password nobody knows: an organiser enrolled the business, and its owner
     * sets a password through a one-time link ({@link #issueReset}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountView createForMemberWithoutPassword(long memberId, String phone) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return create(phone, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 40),
                AccountRoles.MEMBER, memberId);
    }

    /** The first admin's password: the members' rule, and hard to guess (it opens every member's data). */
    public static void checkAdminPassword(String password) {
        if (!checkPassword("password", password).isEmpty()) {
            throw new IllegalArgumentException("ADMIN_PASSWORD must have " + MIN_PASSWORD_LENGTH + " to "
                    + MAX_PASSWORD_LENGTH + " characters");
        }
        int score = PasswordStrength.score(password);
        if (score < PasswordStrength.ADMIN_MIN_SCORE) {
            throw new IllegalArgumentException("ADMIN_PASSWORD is too easy to guess (strength " + score + " of 4, "
                    + "at least " + PasswordStrength.ADMIN_MIN_SCORE + " needed): use several uncommon words or a "
                    + "random one (openssl rand -base64 15)");
        }
    }

    /** The first admin from configuration, once: an existing account with that number is left as it is. */
    @Transactional
    public Optional<AccountView> ensureAdmin(String typedPhone, String password) {
        String phone = PhoneNumbers.normaliseMobile(typedPhone)
                .orElseThrow(() -> new IllegalArgumentException("ADMIN_PHONE is not an Indonesian mobile number"));
        checkAdminPassword(password);
        if (accounts.findByPhone(phone).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(phone, password, AccountRoles.ADMIN, null));
    }

    /** The number of the oldest admin account: whom members reach while the community names no contact. */
    @Transactional
    public Optional<String> firstAdminPhone() {
        return accounts.find("role = ?1 order by id", AccountRoles.ADMIN).firstResultOptional().map(a -> a.phone);
    }

    private AccountView create(String phone, String password, String role, Long memberId) {
        Account account = new Account();
        account.phone = phone;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.role = role;
        account.memberId = memberId;
        account.passwordChangedAt = Instant.now();
        accounts.persist(account);
        return AccountView.of(account);
    }

    /**
     * Checks a login. A try is taken from the account-and-client's allowance before the password is even looked at;
     * a wrong password counts against the account and the client and is answered more slowly the more there were.
     * Runs outside any transaction so that the counts stay whatever the caller does next.
     */
    public LoginResult login(String typedPhone, String password, String client) {
        String phone = PhoneNumbers.normaliseMobile(typedPhone).orElse(typedPhone == null ? "" : typedPhone.strip());
        Duration wait = throttle.claim(phone, client);
        if (!wait.isZero()) {
            metrics.loginFailed(AccountMetrics.THROTTLED);
            LOG.infof("Login refused: throttled for %d s", wait.toSeconds());
            return new LoginResult.Throttled(wait);
        }
        Optional<AccountView> account = verified(phone, password == null ? "" : password);
        if (account.isEmpty()) {
            metrics.loginFailed(AccountMetrics.INVALID);
            LOG.info("Login refused: wrong number or password");
            slowDown(throttle.failed(phone, client));
            return new LoginResult.Invalid();
        }
        throttle.succeeded(phone, client);
        return new LoginResult.Success(account.get());
    }

    /** A wrong answer waits before it is given; the worker thread holds no transaction meanwhile. */
    private static void slowDown(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<AccountView> verified(String phone, String password) {
        Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> accounts.findByPhone(phone));
        boolean matches = BcryptUtil.matches(password, account.map(a -> a.passwordHash).orElse(UNKNOWN_ACCOUNT_HASH));
        return account.filter(a -> matches).map(AccountView::of);
    }

    @Transactional
    public Optional<AccountView> find(long id) {
        return accounts.findByIdOptional(id).map(AccountView::of);
    }

    @Transactional
    public Optional<AccountView> findByPhone(String phone) {
        return accounts.findByPhone(phone).map(AccountView::of);
    }

    @Transactional
    public Optional<AccountView> findByMember(long memberId) {
        return accounts.findByMember(memberId).map(AccountView::of);
    }

    /**
     * The account behind a session cookie, when the session is still honoured: same generation (on the account row a
     * request reads anyway), not logged out (a lookup by primary key in ended_session).
     */
    @Transactional
    public Optional<AccountView> honouredSession(SessionCookie.Session session) {
        return accounts.findByPhone(session.phone())
                .filter(account -> account.sessionGeneration == session.generation())
                .filter(account -> Panache.getEntityManager()
                        .createNativeQuery("select 1 from ended_session where session_id = ?1")
                        .setParameter(1, session.id())
                        .getResultList().isEmpty())
                .map(AccountView::of);
    }

    /** Logs one session out for good: its cookie, wherever a copy of it is kept, no longer opens the account. */
    @Transactional
    public void endSession(SessionCookie.Session session) {
        var entities = Panache.getEntityManager();
        entities.createNativeQuery("delete from ended_session where ends_at < now(6)").executeUpdate();
        entities.createNativeQuery("insert ignore into ended_session (session_id, ends_at) values (?1, ?2)")
                .setParameter(1, session.id())
                .setParameter(2, session.started().plus(config.session().absoluteLifetime()))
                .executeUpdate();
    }

    /** "Keluar dari semua perangkat": every session of the account ends, this one included. */
    @Transactional
    public void endAllSessions(long accountId) {
        accounts.findByIdOptional(accountId).ifPresent(account -> account.sessionGeneration++);
    }

    /** A suspended member's sessions end at their next request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endAllSessionsOfMember(long memberId) {
        accounts.findByMember(memberId).ifPresent(account -> account.sessionGeneration++);
    }

    /**
     * Changes a password after checking the current one; the check is a login try (throttled alike). Every other
     * session of the account ends: the caller starts a new one for this browser with the account returned.
     */
    public AccountView changePassword(long accountId, String current, String replacement, String client) {
        boolean currentRight = currentPasswordRight(accountId, current, client);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<FieldError> errors = new ArrayList<>();
            if (!currentRight) {
                errors.add(FieldError.of("current", "account_currentWrong"));
            }
            errors.addAll(checkPassword("password", replacement));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            Account changed = accounts.findById(accountId);
            setPassword(changed, replacement);
            return AccountView.of(changed);
        });
    }

    /** Whether this is the account's password, checked as a login try is (throttled alike, a wrong one counted). */
    public boolean currentPasswordRight(long accountId, String current, String client) {
        AccountView account = find(accountId).orElseThrow();
        Duration wait = throttle.claim(account.phone(), client);
        if (!wait.isZero()) {
            throw new ThrottledException(wait);
        }
        boolean right = verified(account.phone(), current == null ? "" : current).isPresent();
        if (!right) {
            slowDown(throttle.failed(account.phone(), client));
        }
        return right;
    }

    /** The member's account logs in with this number (628… digits, checked by the caller) from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changePhone(long memberId, String phone) {
        accounts.findByMember(memberId).orElseThrow().phone = phone;
    }

    private static void setPassword(Account account, String password) {
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.passwordChangedAt = Instant.now();
        account.sessionGeneration++;
    }

    /**
     * A one-time link to set a new password, valid for the configured time (24 h); only its hash is stored. Earlier
     * unused links of the account stop working.
     */
    @Transactional
    public String issueReset(long accountId, long issuedBy) {
        accounts.findByIdOptional(accountId).orElseThrow();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Panache.getEntityManager().createNativeQuery("update password_reset set used_at = now(6)"
                + " where account_id = ?1 and used_at is null")
                .setParameter(1, accountId)
                .executeUpdate();
        Panache.getEntityManager().createNativeQuery("insert into password_reset"
                + " (token_hash, account_id, issued_by, created_at, expires_at)"
                + " values (?1, ?2, ?3, now(6), now(6) + interval ?4 second)")
                .setParameter(1, hash(token))
                .setParameter(2, accountId)
                .setParameter(3, issuedBy)
                .setParameter(4, config.resetValidity().toSeconds())
                .executeUpdate();
        return token;
    }

    /** The account a reset link opens, when it is unused and not expired. */
    @Transactional
    public Optional<AccountView> resetAccount(String token) {
        return validReset(token).flatMap(accounts::findByIdOptional).map(AccountView::of);
    }

    /** Sets the new password and uses the link up; a used or expired link changes nothing. */
    @Transactional
    public Optional<AccountView> resetPassword(String token, String password) {
        Optional<Long> accountId = validReset(token);
        if (accountId.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = checkPassword("password", password);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int used = Panache.getEntityManager().createNativeQuery("update password_reset set used_at = now(6)"
                + " where token_hash = ?1 and used_at is null and expires_at > now(6)")
                .setParameter(1, hash(token))
                .executeUpdate();
        if (used != 1) {
            return Optional.empty();
        }
        Account account = accounts.findById(accountId.get());
        setPassword(account, password);
        throttle.forgetAccount(account.phone);
        return Optional.of(AccountView.of(account));
    }

    private Optional<Long> validReset(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return Panache.getEntityManager().createNativeQuery("select account_id from password_reset"
                        + " where token_hash = ?1 and used_at is null and expires_at > now(6)", Long.class)
                .setParameter(1, hash(token))
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
