package id.etalase.settings;

import id.etalase.common.DatabaseFaults;
import id.etalase.common.FieldError;
import id.etalase.common.FieldNames;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PhoneNumbers;
import id.etalase.common.SocialHandles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Reads and changes the community settings. Every page needs them, so they are kept in memory: a change made here
 * shows at once, one made on another replica within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class SettingsService {

    private static final Logger LOG = Logger.getLogger(SettingsService.class);

    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private static final String INK = "#222222";
    private static final String WHITE = "#ffffff";

    @Inject
    Validator validator;

    @Inject
    Event<SettingsChanged> changed;

    private volatile Community cached;
    private volatile Instant loadedAt = Instant.EPOCH;

    public Community current() {
        Community community = cached;
        // A refusal answered before the request reached a worker thread (403 of a role check) cannot read the
        // database: the settings it shows may then be a few seconds old.
        if (community != null && !BlockingOperationControl.isBlockingAllowed()) {
            return community;
        }
        // While the database is away, pages kept in memory (and the outage page itself) use the last settings read
        // rather than wait for it again.
        boolean databaseAway = community != null && DatabaseFaults.outageSeenWithin(FRESH_FOR);
        if (community == null || !databaseAway && Instant.now().isAfter(loadedAt.plus(FRESH_FOR))) {
            try {
                community = QuarkusTransaction.joiningExisting().call(() -> Community.of(row()));
            } catch (RuntimeException e) {
                if (community == null || !DatabaseFaults.isUnavailable(e)) {
                    throw e;
                }
                DatabaseFaults.outageSeen();
                loadedAt = Instant.now();
                return community;
            }
            cached = community;
            loadedAt = Instant.now();
        }
        return community;
    }

    /** Loaded at start, so that even a refusal answered on an I/O thread as the first request has them. */
    void load(@Observes StartupEvent event) {
        try {
            current();
        } catch (RuntimeException e) {
            LOG.warnf("Community settings not loaded at start (loaded on first use): %s", e.getMessage());
        }
    }

    /** The settings as the admin's form shows them before any change. */
    @Transactional
    public CommunityInput form() {
        return CommunityInput.of(row());
    }

    /** Checks and saves everything at once; a broken field leaves everything as it was. */
    @Transactional
    public void update(CommunityInput input) {
        CommunitySettings s = row();
        List<FieldError> errors = new ArrayList<>();
        s.name = strip(input.name());
        s.taglineId = strip(input.taglineId());
        s.taglineEn = strip(input.taglineEn());
        s.aboutId = strip(input.aboutId());
        s.aboutEn = strip(input.aboutEn());
        s.brandColour = colour("brandColour", input.brandColour(), WHITE, errors);
        s.accentColour = colour("accentColour", input.accentColour(), INK, errors);
        s.contactWhatsapp = null;
        if (input.contactWhatsapp() != null && !input.contactWhatsapp().isBlank()) {
            s.contactWhatsapp = PhoneNumbers.normaliseMobile(input.contactWhatsapp()).orElse(null);
            if (s.contactWhatsapp == null) {
                errors.add(FieldError.of("contactWhatsapp", "settings_whatsapp"));
            }
        }
        s.instagram = SocialHandles.instagram(input.instagram());
        s.tiktok = SocialHandles.tiktok(input.tiktok());
        s.facebookUrl = strip(input.facebookUrl());
        s.websiteUrl = strip(input.websiteUrl());
        check(s, errors);
        touch(s);
    }

    /** @param png the logo as a PNG, already checked and made small; its SHA-256 as hex. */
    @Transactional
    public void setLogo(byte[] png, String hash) {
        CommunitySettings s = row();
        s.logo = png;
        s.logoHash = hash;
        touch(s);
    }

    @Transactional
    public void removeLogo() {
        CommunitySettings s = row();
        s.logo = null;
        s.logoHash = null;
        touch(s);
    }

    /** The logo's PNG when its hash starts with the given 16 characters. */
    @Transactional
    public Optional<byte[]> logo(String hashStart) {
        CommunitySettings s = row();
        return s.logoHash != null && s.logoHash.startsWith(hashStart) ? Optional.of(s.logo) : Optional.empty();
    }

    /** Read again at the next chance; until then a refusal page on an IO thread still has the previous ones. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged event) {
        loadedAt = Instant.EPOCH;
    }

    private void touch(CommunitySettings s) {
        Instant now = Instant.now();
        // Two saves within one millisecond must still give the theme a new version.
        s.updatedAt = now.isAfter(s.updatedAt) ? now : s.updatedAt.plusMillis(1);
        changed.fire(new SettingsChanged());
    }

    private static CommunitySettings row() {
        return CommunitySettings.<CommunitySettings>findByIdOptional(CommunitySettings.THE_ROW)
                .orElseThrow(() -> new IllegalStateException("community_settings has no row: migrations not run"));
    }

    /** A colour that text stays readable on (white text on the brand colour, dark text on the accent). */
    private static String colour(String field, String typed, String text, List<FieldError> errors) {
        String colour = Colours.normalise(typed);
        if (colour == null) {
            errors.add(FieldError.of(field, "settings_colour"));
            return null;
        }
        double contrast = Colours.contrast(colour, text);
        if (contrast < Colours.READABLE) {
            errors.add(FieldError.of(field, "settings_contrast", String.format(java.util.Locale.ROOT, "%.1f", contrast)));
        }
        return colour;
    }

    private void check(CommunitySettings s, List<FieldError> errors) {
        Set<String> reported = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        Set<ConstraintViolation<CommunitySettings>> violations = validator.validate(s).stream()
                .filter(v -> !reported.contains(FieldNames.of(v))).collect(Collectors.toSet());
        if (!errors.isEmpty() || !violations.isEmpty()) {
            throw new InvalidInputException(errors, violations);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
