package id.etalase.member;

import id.etalase.account.AccountService;
import id.etalase.common.ConflictException;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Page;
import id.etalase.common.PhoneNumbers;
import id.etalase.common.Slugs;
import id.etalase.reference.District;
import id.etalase.reference.DistrictRepository;
import id.etalase.reference.Sector;
import id.etalase.reference.SectorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Member profiles: the public directory and registering a new member business. */
@ApplicationScoped
public class MemberService {

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
            sector = sectors.findBySlug(params.sector).orElse(null);
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
        member.businessName = strip(registration.businessName());
        member.ownerName = strip(registration.ownerName());
        member.scale = registration.scale();
        member.address = strip(registration.address());
        member.description = strip(registration.description());
        member.instagram = SocialHandles.instagram(registration.instagram());
        member.tiktok = SocialHandles.tiktok(registration.tiktok());
        member.shopeeUrl = strip(registration.shopeeUrl());
        member.tokopediaUrl = strip(registration.tokopediaUrl());
        member.nib = strip(registration.nib());
        member.pirt = strip(registration.pirt());
        member.halalCert = strip(registration.halalCert());
        member.bpom = strip(registration.bpom());
        member.status = MemberStatus.PENDING;
        member.submittedAt = java.time.Instant.now();
        member.whatsapp = PhoneNumbers.normaliseMobile(registration.whatsapp()).orElse(null);
        if (member.whatsapp == null) {
            errors.add(FieldError.of("whatsapp", "member_whatsappInvalid"));
        } else if (accounts.phoneTaken(member.whatsapp)) {
            errors.add(FieldError.of("whatsapp", "account_phoneTaken"));
        }
        member.sector = registration.sector() == null ? null : sectors.findBySlug(registration.sector()).orElse(null);
        if (member.sector == null) {
            errors.add(FieldError.of("sector", "member_unknownSector"));
        }
        member.district = registration.district() == null ? null
                : districts.findByCode(registration.district()).orElse(null);
        if (member.district == null) {
            errors.add(FieldError.of("district", "member_unknownDistrict"));
        }
        member.slug = Slugs.unique(member.businessName, members::slugTaken);
        // The fields already reported as unknown or invalid are not reported again as missing.
        Set<ConstraintViolation<Member>> violations = validator.validate(member).stream()
                .filter(v -> !List.of("whatsapp", "sector", "district").contains(v.getPropertyPath().toString()))
                .collect(Collectors.toSet());
        if (!errors.isEmpty() || !violations.isEmpty()) {
            throw new InvalidInputException(errors, violations);
        }
        members.persist(member);
        accounts.createForMember(member.id, member.whatsapp, password);
        return member;
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

    /** Members of any state whose name or WhatsApp number contains the text, for the admins' list. */
    @Transactional
    public List<AdminMemberView> search(String text, int limit) {
        return members.search(text, limit).stream().map(AdminMemberView::of).toList();
    }

    /** An admin's decision: pending (or rejected) → active; the member's products can be published. */
    @Transactional
    public StatusChange approve(long id) {
        return transition(id, MemberStatus.ACTIVE, null, MemberStatus.PENDING, MemberStatus.REJECTED);
    }

    /** Pending → rejected, with the reason the member reads on their account page. */
    @Transactional
    public StatusChange reject(long id, String reason) {
        return transition(id, MemberStatus.REJECTED, requireReason(reason), MemberStatus.PENDING);
    }

    /** Active → suspended: all the member's products leave the site at once. */
    @Transactional
    public StatusChange suspend(long id, String reason) {
        return transition(id, MemberStatus.SUSPENDED, requireReason(reason), MemberStatus.ACTIVE);
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
        Member member = members.findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        if (!List.of(from).contains(member.status)) {
            throw new ConflictException("moderation_memberMoved", member.businessName,
                    member.status.name().toLowerCase(java.util.Locale.ROOT));
        }
        String before = member.status.name().toLowerCase(java.util.Locale.ROOT);
        member.status = to;
        member.reviewNote = note;
        changed.fire(new MemberChanged(member.id));
        return new StatusChange(member.id, member.businessName, before, to.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String requireReason(String reason) {
        String text = strip(reason);
        if (text == null) {
            throw new InvalidInputException(FieldError.of("reason", "moderation_reasonRequired"));
        }
        if (text.length() > 500) {
            throw new InvalidInputException(FieldError.of("reason", "moderation_reasonLong", 500));
        }
        return text;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
