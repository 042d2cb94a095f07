package id.etalase.member;

import id.etalase.common.SocialHandles;
import id.etalase.account.AccountService;
import id.etalase.common.ConflictException;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.JdbcBatches;
import id.etalase.common.Page;
import id.etalase.common.PhoneNumbers;
import id.etalase.common.ReviewNotes;
import id.etalase.common.ShownVersion;
import id.etalase.common.Slugs;
import id.etalase.reference.District;
import id.etalase.reference.DistrictRepository;
import id.etalase.reference.Sector;
import id.etalase.reference.SectorRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Member profiles: the public directory and registering a new member business. */
@ApplicationScoped
public class MemberService {

    /** A member of a catalogue loaded in bulk (the demo's): its sector and district by id, its times as given. */
    public record Loaded(String slug, String businessName, String ownerName, MemberScale scale, long sectorId,
            long districtId, String address, String description, String whatsapp, String instagram, String tiktok,
            String shopeeUrl, String tokopediaUrl, String nib, String pirt, String halalCert, String bpom,
            MemberStatus status, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    private static final String INSERT_LOADED = """
            INSERT INTO member (slug, business_name, owner_name, scale, sector_id, district_id, address, description,
                whatsapp, instagram, tiktok, shopee_url, tokopedia_url, nib, pirt, halal_cert, bpom, status,
                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    @Inject
    MemberRepository members;

    @Inject
    SectorRepository sectors;

    @Inject
    DistrictRepository districts;

    @Inject
    Validator validator;

    @Inject
    AccountService accounts;

    @Inject
    Event<MemberChanged> changed;

    @Transactional
    public Page<MemberView> listActive(ListingParams params) {
        List<FieldError> errors = new ArrayList<>();
        ListingFilter filter = resolve(params, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return members.findActive(filter.sector(), filter.district(), filter.scale(), params.pageNumber(),
                params.pageSize()).map(MemberView::of);
    }

    /** Looks up the sector, district and scale a listing names; an unknown one is an error on its parameter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListingFilter resolve(ListingParams params, List<FieldError> errors) {
        Sector sector = null;
        if (params.sector != null) {
            sector = sectors.findCurrent(params.sector).orElse(null);
            if (sector == null) {
                errors.add(FieldError.of("sector", "filter_unknownSector", params.sector));
            }
        }
        District district = null;
        if (params.district != null) {
            district = districts.findByCode(params.district).orElse(null);
            if (district == null) {
                errors.add(FieldError.of("district", "filter_unknownDistrict", params.district));
            }
        }
        MemberScale scale = params.scale == null ? null : MemberScale.fromSlug(params.scale).orElse(null);
        return new ListingFilter(sector, district, scale);
    }

    /** The district most active members are in: where a new member most likely is too (null while none is). */
    @Transactional
    public String homeDistrict() {
        return members.countActiveByDistrict().entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** A member business in whatever state, as its owner sees it. */
    @Transactional
    public Optional<OwnMemberView> ownView(long id) {
        return members.findByIdOptional(id).map(OwnMemberView::of);
    }

    /** An active member's public profile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Member> findActive(String slug) {
        return members.findActiveBySlug(slug);
    }

    /**
     * Registers a member business as pending approval with the account its owner logs in with: the WhatsApp number
     * (stored as 628… digits) is the login name. Every broken field is reported at once; nothing is saved then.
     */
    @Transactional
    public Member register(MemberRegistration registration, String password) {
        List<FieldError> errors = new ArrayList<>(AccountService.checkPassword("password", password));
        Member member = new Member();
        apply(member, new MemberProfile(registration.businessName(), registration.ownerName(),
                registration.scale() == null ? null : registration.scale().slug(), registration.sector(),
                registration.district(), registration.address(), registration.description(), registration.instagram(),
                registration.tiktok(), registration.shopeeUrl(), registration.tokopediaUrl(), registration.nib(),
                registration.pirt(), registration.halalCert(), registration.bpom()), errors);
        member.status = MemberStatus.PENDING;
        member.submittedAt = java.time.Instant.now();
        member.whatsapp = PhoneNumbers.normaliseMobile(registration.whatsapp()).orElse(null);
        if (member.whatsapp == null) {
            errors.add(FieldError.of("whatsapp", "member_whatsappInvalid"));
        } else if (accounts.phoneTaken(member.whatsapp)) {
            errors.add(FieldError.of("whatsapp", "account_phoneTaken"));
        }
        member.slug = Slugs.unique(member.businessName, members::slugTaken);
        check(member, errors);
        members.persist(member);
        accounts.createForMember(member.id, member.whatsapp, password);
        return member;
    }

    /** A member as an import sees it: its number, its profile as the form shows it, whether it is active. */
    public record Enrolled(long id, String whatsapp, MemberProfile profile, boolean active) {

        static Enrolled of(Member member) {
            return new Enrolled(member.id, member.whatsapp, MemberProfile.of(member), member.isActive());
        }
    }

    /**
     * A profile as saving it would store it (null when a rule is broken), the broken rules, and the fields Bean
     * Validation refuses. Nothing is saved.
     */
    public record Checked(MemberProfile profile, List<FieldError> errors, List<String> invalidFields) {

        public boolean valid() {
            return errors.isEmpty() && invalidFields.isEmpty();
        }
    }

    /** Checks a profile as registering or editing would, without saving anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Checked checkProfile(MemberProfile profile) {
        Member member = new Member();
        List<FieldError> errors = new ArrayList<>();
        apply(member, profile, errors);
        member.status = MemberStatus.ACTIVE;
        member.slug = "periksa";
        member.whatsapp = "6281100000000";
        List<String> reported = errors.stream().map(FieldError::field).toList();
        List<String> invalid = validator.validate(member).stream().map(v -> v.getPropertyPath().toString())
                .filter(field -> !reported.contains(field)).distinct().sorted().toList();
        return new Checked(errors.isEmpty() ? MemberProfile.of(member) : null, errors, invalid);
    }

    /** The member with that WhatsApp number (628… digits), in any state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Enrolled> findByWhatsapp(String whatsapp) {
        return members.findByWhatsapp(whatsapp).map(Enrolled::of);
    }

    /** Every member in any state, oldest first. */
    @Transactional
    public List<Enrolled> all() {
        return members.findAllForExport().stream().map(Enrolled::of).toList();
    }

    /**
     * An organiser enrols a business the community knows: active at once (no approval queue), with an account whose
     * password nobody knows until the owner sets one through a reset link. The caller checked the profile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enrol(MemberProfile profile, String whatsapp) {
        List<FieldError> errors = new ArrayList<>();
        Member member = new Member();
        apply(member, profile, errors);
        member.status = MemberStatus.ACTIVE;
        member.whatsapp = PhoneNumbers.normaliseMobile(whatsapp).orElse(null);
        if (member.whatsapp == null) {
            errors.add(FieldError.of("whatsapp", "member_whatsappInvalid"));
        } else if (accounts.phoneTaken(member.whatsapp)) {
            errors.add(FieldError.of("whatsapp", "account_phoneTaken"));
        }
        member.slug = member.businessName == null ? null : Slugs.unique(member.businessName, members::slugTaken);
        check(member, errors);
        members.persist(member);
        accounts.createForMemberWithoutPassword(member.id, member.whatsapp);
        changed.fire(new MemberChanged(member.id));
        return member.id;
    }

    /** The member's own profile as its form shows it. */
    @Transactional
    public Optional<MemberProfile> profile(long id) {
        return members.findByIdOptional(id).map(MemberProfile::of);
    }

    /**
     * Changes what the storefront shows; an active member's change is live at once (and reaches the search index
     * through the outbox). The slug stays, so shared links keep working. Every broken field is reported at once.
     */
    @Transactional
    public void updateProfile(long id, MemberProfile profile) {
        Member member = members.findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        member.refuseChangesWhileSuspended();
        List<FieldError> errors = new ArrayList<>();
        apply(member, profile, errors);
        check(member, errors);
        changed.fire(new MemberChanged(member.id));
    }

    /** Copies the profile's fields, normalised; unknown sectors, districts and scales are errors. */
    private void apply(Member member, MemberProfile profile, List<FieldError> errors) {
        member.businessName = strip(profile.businessName());
        member.ownerName = strip(profile.ownerName());
        member.address = strip(profile.address());
        member.description = strip(profile.description());
        member.instagram = SocialHandles.instagram(profile.instagram());
        member.tiktok = SocialHandles.tiktok(profile.tiktok());
        member.shopeeUrl = SocialHandles.shopee(profile.shopeeUrl());
        member.tokopediaUrl = SocialHandles.tokopedia(profile.tokopediaUrl());
        member.nib = digits(profile.nib());
        member.pirt = digits(profile.pirt());
        member.halalCert = strip(profile.halalCert());
        member.bpom = profile.bpom() == null || profile.bpom().isBlank() ? null
                : profile.bpom().strip().toUpperCase(java.util.Locale.ROOT);
        member.scale = profile.scale() == null ? MemberScale.MIKRO : MemberScale.fromSlug(profile.scale()).orElse(null);
        if (member.scale == null) {
            errors.add(FieldError.of("scale", "member_unknownScale"));
        }
        member.sector = profile.sector() == null ? null : sectors.findBySlug(profile.sector()).orElse(null);
        if (member.sector == null) {
            errors.add(FieldError.of("sector", "member_unknownSector"));
        }
        member.district = profile.district() == null ? null : districts.findByCode(profile.district()).orElse(null);
        if (member.district == null) {
            errors.add(FieldError.of("district", "member_unknownDistrict"));
        }
    }

    /** Throws with every rule error and Bean Validation violation at once; a field reported once is enough. */
    private void check(Member member, List<FieldError> errors) {
        List<String> reported = errors.stream().map(FieldError::field).toList();
        Set<ConstraintViolation<Member>> violations = validator.validate(member).stream()
                .filter(v -> !reported.contains(v.getPropertyPath().toString()))
                .collect(Collectors.toSet());
        if (!errors.isEmpty() || !violations.isEmpty()) {
            throw new InvalidInputException(errors, violations);
        }
    }

    /** NIB and P-IRT numbers are often typed with spaces or dots; only the digits count. */
    private static String digits(String typed) {
        String text = strip(typed);
        return text == null ? null : text.matches("[\\d\\s.-]+") ? text.replaceAll("[\\s.-]", "") : text;
    }

    /** Refuses a form for changes the member may not make now (see Member.refuseChangesWhileSuspended). */
    @Transactional
    public void refuseChangesWhileSuspended(long id) {
        members.findByIdOptional(id).ifPresent(Member::refuseChangesWhileSuspended);
    }

    /** Sets (or with null removes) the logo; the caller checked the photo is the member's own. */
    @Transactional
    public void setLogo(long id, Long photoId) {
        Member member = members.findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        member.refuseChangesWhileSuspended();
        member.logoPhotoId = photoId;
        changed.fire(new MemberChanged(member.id));
    }

    /** One member as the admins' pages show it, in any state. */
    @Transactional
    public Optional<AdminMemberView> adminView(long id) {
        return members.findByIdOptional(id).map(AdminMemberView::of);
    }

    /** The limits an admin set for the member (null for the defaults). */
    @Transactional
    public Optional<MemberLimits> limits(long id) {
        return members.findByIdOptional(id).map(m -> new MemberLimits(m.maxProducts, m.maxStagedPhotos));
    }

    /** Sets the member's own limits; answers what changed, for the audit log. */
    @Transactional
    public MemberLimits.Change setLimits(long id, MemberLimits limits) {
        limits.check();
        Member member = members.findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        MemberLimits before = new MemberLimits(member.maxProducts, member.maxStagedPhotos);
        member.maxProducts = limits.maxProducts();
        member.maxStagedPhotos = limits.maxStagedPhotos();
        return new MemberLimits.Change(member.id, member.businessName, before, limits);
    }

    /** The member's logo photo id, if any. */
    @Transactional
    public Optional<Long> logo(long id) {
        return members.findByIdOptional(id).map(m -> m.logoPhotoId);
    }

    /** Approving, suspending or reinstating a member shows or hides all its products. */
    @Transactional
    public Optional<Member> changeStatus(long id, MemberStatus status) {
        return members.findByIdOptional(id).map(member -> {
            member.status = status;
            changed.fire(new MemberChanged(member.id));
            return member;
        });
    }

    /** Registrations waiting for an admin, the longest waiting first. */
    @Transactional
    public List<PendingMemberView> pending() {
        return members.findPending().stream().map(PendingMemberView::of).toList();
    }

    /**
     * The member asks to use another WhatsApp number, proving it is them with their password (throttled as a login).
     * The number in use stays (for logging in and for shoppers) until an admin confirms the new one; asking again
     * replaces the request.
     */
    public OwnMemberView requestWhatsapp(long memberId, long accountId, String number, String password,
            String client) {
        boolean passwordRight = accounts.currentPasswordRight(accountId, password, client);
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = members.findById(memberId);
            member.refuseChangesWhileSuspended();
            List<FieldError> errors = new ArrayList<>();
            String wanted = PhoneNumbers.normaliseMobile(number).orElse(null);
            if (wanted == null) {
                errors.add(FieldError.of("whatsapp", "member_whatsappInvalid"));
            } else if (wanted.equals(member.whatsapp)) {
                errors.add(FieldError.of("whatsapp", "member_whatsappSame"));
            } else if (accounts.phoneTaken(wanted)) {
                errors.add(FieldError.of("whatsapp", "account_phoneTaken"));
            }
            if (!passwordRight) {
                errors.add(FieldError.of("password", "account_currentWrong"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            member.whatsappRequested = wanted;
            member.whatsappRequestedAt = java.time.Instant.now();
            return OwnMemberView.of(member);
        });
    }

    /** The member no longer wants the number they asked for. */
    @Transactional
    public OwnMemberView cancelWhatsappRequest(long memberId) {
        Member member = members.findById(memberId);
        member.forgetWhatsappRequest();
        return OwnMemberView.of(member);
    }

    @Transactional
    public List<WhatsappRequest> whatsappRequests() {
        return members.findWhatsappRequests().stream().map(WhatsappRequest::of).toList();
    }

    /**
     * An admin confirms the new number they were shown (they may have chatted to it first): the member logs in with
     * it and shoppers' chats go to it from now on. Answers 409 when the member asked for another number since, or
     * the number logs in to another account by now.
     */
    @Transactional
    public WhatsappChange approveWhatsapp(long memberId, String shownNumber) {
        Member member = requesting(memberId, shownNumber);
        if (accounts.phoneTaken(member.whatsappRequested)) {
            throw new ConflictException("moderation_whatsappTaken", member.businessName);
        }
        String before = member.whatsapp;
        member.whatsapp = member.whatsappRequested;
        member.forgetWhatsappRequest();
        accounts.changePhone(memberId, member.whatsapp);
        changed.fire(new MemberChanged(member.id));
        return new WhatsappChange(member.id, member.businessName, before, member.whatsapp, true);
    }

    /** An admin turns the new number down (it is not the business's, or nobody answered on it): the old one stays. */
    @Transactional
    public WhatsappChange rejectWhatsapp(long memberId, String shownNumber) {
        Member member = requesting(memberId, shownNumber);
        String refused = member.whatsappRequested;
        member.forgetWhatsappRequest();
        return new WhatsappChange(member.id, member.businessName, member.whatsapp, refused, false);
    }

    private Member requesting(long memberId, String shownNumber) {
        Member member = members.findByIdOptional(memberId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        String shown = PhoneNumbers.normaliseMobile(shownNumber).orElse(null);
        if (member.whatsappRequested == null) {
            throw new ConflictException("moderation_whatsappMoved", member.businessName);
        }
        if (!member.whatsappRequested.equals(shown)) {
            throw new ConflictException("moderation_whatsappMoved", member.businessName)
                    .showing(WhatsappRequest.of(member));
        }
        return member;
    }

    /** Members of any state whose name or WhatsApp number contains the text, for the admins' list. */
    @Transactional
    public List<AdminMemberView> search(String text, int limit) {
        return members.search(text, limit).stream().map(AdminMemberView::of).toList();
    }

    /**
     * An admin's decision: pending (or rejected) → active; the member's products can be published. Only the version
     * the admin was shown: a profile changed since answers 409 with what it holds now.
     */
    @Transactional
    public StatusChange approve(long id, Long shownVersion) {
        return decide(id, MemberStatus.ACTIVE, null, ShownVersion.required(shownVersion), MemberStatus.PENDING,
                MemberStatus.REJECTED);
    }

    /** Pending → rejected, with the reason the member reads on their account page; as for approve, as shown. */
    @Transactional
    public StatusChange reject(long id, String reason, Long shownVersion) {
        String note = ReviewNotes.required(reason);
        return decide(id, MemberStatus.REJECTED, note, ShownVersion.required(shownVersion), MemberStatus.PENDING);
    }

    /** Active → suspended: all the member's products leave the site at once, and the member's sessions end. */
    @Transactional
    public StatusChange suspend(long id, String reason) {
        StatusChange change = transition(id, MemberStatus.SUSPENDED, ReviewNotes.required(reason), MemberStatus.ACTIVE);
        accounts.endAllSessionsOfMember(id);
        return change;
    }

    /** Suspended → active: the products that were published come back. */
    @Transactional
    public StatusChange reactivate(long id) {
        return transition(id, MemberStatus.ACTIVE, null, MemberStatus.SUSPENDED);
    }

    /** The member asks again after fixing what the admin named: rejected → pending, at the end of the queue. */
    @Transactional
    public StatusChange resubmit(long id) {
        StatusChange change = transition(id, MemberStatus.PENDING, null, MemberStatus.REJECTED);
        members.findById(id).submittedAt = java.time.Instant.now();
        return change;
    }

    private StatusChange transition(long id, MemberStatus to, String note, MemberStatus... from) {
        return decide(id, to, note, null, from);
    }

    /** A change of status from one of these; with the version the admin was shown, only if the member kept it. */
    private StatusChange decide(long id, MemberStatus to, String note, Long shownVersion, MemberStatus... from) {
        Member member = members.findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        if (!List.of(from).contains(member.status)) {
            throw new ConflictException("moderation_memberMoved", member.businessName,
                    member.status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (shownVersion != null) {
            ShownVersion.check(shownVersion, member.version, () -> new ConflictException(
                    "moderation_memberChangedSinceShown", member.businessName).showing(PendingMemberView.of(member)));
        }
        String before = member.status.name().toLowerCase(java.util.Locale.ROOT);
        member.status = to;
        member.reviewNote = note;
        changed.fire(new MemberChanged(member.id));
        return new StatusChange(member.id, member.businessName, before, to.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Writes a whole catalogue's members into an empty member table in JDBC batches (the demo's: one multi-row insert
     * per batch rather than an entity each); answers their ids by slug. No account is made and search is not told:
     * the members have no products yet, and the loader rebuilds the index once their products are in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> load(List<Loaded> loaded) {
        if (!members.getEntityManager().createNativeQuery("select id from member limit 1").getResultList().isEmpty()) {
            throw new IllegalStateException("members are loaded in bulk into an empty member table only");
        }
        JdbcBatches.run(INSERT_LOADED, loaded, (insert, member) -> {
            insert.setString(1, member.slug());
            insert.setString(2, member.businessName());
            insert.setString(3, member.ownerName());
            insert.setString(4, member.scale().slug());
            insert.setLong(5, member.sectorId());
            insert.setLong(6, member.districtId());
            insert.setString(7, member.address());
            insert.setString(8, member.description());
            insert.setString(9, member.whatsapp());
            insert.setString(10, member.instagram());
            insert.setString(11, member.tiktok());
            insert.setString(12, member.shopeeUrl());
            insert.setString(13, member.tokopediaUrl());
            insert.setString(14, member.nib());
            insert.setString(15, member.pirt());
            insert.setString(16, member.halalCert());
            insert.setString(17, member.bpom());
            insert.setString(18, member.status().name().toLowerCase(Locale.ROOT));
            insert.setObject(19, member.createdAt());
            insert.setObject(20, member.updatedAt());
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = members.getEntityManager().createNativeQuery("select slug, id from member",
                Object[].class).getResultList();
        Map<String, Long> ids = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    /**
     * Gives an active member without an account a login on this WhatsApp number (628… digits), which becomes its
     * number too, as for a member who registered: the demo's member that a person trying the portal logs in as.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveLogin(long id, String whatsapp, String password) {
        Member member = members.findByIdOptional(id).orElseThrow();
        member.whatsapp = whatsapp;
        accounts.createForMember(member.id, whatsapp, password);
    }

    /** A sector merged into another: its members move there, and their products' search documents follow. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveSector(long fromSectorId, long intoSectorId) {
        List<Long> moved = idsWhere("sector_id", fromSectorId);
        members.getEntityManager().createNativeQuery("update member set sector_id = ?1, version = version + 1"
                + " where sector_id = ?2")
                .setParameter(1, intoSectorId).setParameter(2, fromSectorId).executeUpdate();
        moved.forEach(id -> changed.fire(new MemberChanged(id)));
    }

    /** A district renamed: its name is in its members' products' search documents, which a higher version rewrites. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void districtRenamed(long districtId) {
        List<Long> renamed = idsWhere("district_id", districtId);
        members.getEntityManager().createNativeQuery("update member set version = version + 1 where district_id = ?1")
                .setParameter(1, districtId).executeUpdate();
        renamed.forEach(id -> changed.fire(new MemberChanged(id)));
    }

    private List<Long> idsWhere(String column, long id) {
        @SuppressWarnings("unchecked")
        List<Number> ids = members.getEntityManager()
                .createNativeQuery("select id from member where " + column + " = ?1 order by id").setParameter(1, id)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
