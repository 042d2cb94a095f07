package id.etalase.member;

import id.etalase.catalog.CatalogService;
import id.etalase.catalog.DistrictRepository;
import id.etalase.catalog.ListingParams;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductSort;
import id.etalase.catalog.ProductView;
import id.etalase.catalog.SectorRepository;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Page;
import id.etalase.common.Slugs;
import id.etalase.search.SearchOutbox;
import id.etalase.web.AppMessages;
import id.etalase.web.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Member profiles: the public directory and registering a new member business. */
@ApplicationScoped
public class MemberService {

    static final int PROFILE_PRODUCTS = 100;

    @Inject
    MemberRepository members;

    @Inject
    ProductRepository products;

    @Inject
    SectorRepository sectors;

    @Inject
    DistrictRepository districts;

    @Inject
    CatalogService catalog;

    @Inject
    Validator validator;

    @Inject
    SearchOutbox searchOutbox;

    @Transactional
    public Page<MemberView> listActive(ListingParams params, String language) {
        ProductFilter filter = catalog.resolveFilter(params, language);
        return members.findActive(filter.sector(), filter.district(), filter.scale(), params.pageNumber(),
                params.pageSize()).map(MemberView::of);
    }

    @Transactional
    public Optional<MemberDetailView> findProfile(String slug) {
        return members.findActiveBySlug(slug).map(member -> {
            Page<ProductView> page = products.findPublic(ProductFilter.none().withMember(member), ProductSort.NEWEST,
                    1, PROFILE_PRODUCTS).map(ProductView::of);
            return MemberDetailView.of(member, page.items(), page.total());
        });
    }

    /** Registers a member business as pending approval; the WhatsApp number is stored as 628… digits. */
    @Transactional
    public Member register(MemberRegistration registration, String language) {
        AppMessages msg = Languages.messages(language);
        List<FieldError> errors = new ArrayList<>();
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
        member.whatsapp = PhoneNumbers.normaliseMobile(registration.whatsapp()).orElse(null);
        if (member.whatsapp == null) {
            errors.add(new FieldError("whatsapp", msg.member_whatsappInvalid()));
        }
        member.sector = registration.sector() == null ? null : sectors.findBySlug(registration.sector()).orElse(null);
        if (member.sector == null) {
            errors.add(new FieldError("sector", msg.member_unknownSector()));
        }
        member.district = registration.district() == null ? null
                : districts.findByCode(registration.district()).orElse(null);
        if (member.district == null) {
            errors.add(new FieldError("district", msg.member_unknownDistrict()));
        }
        member.slug = Slugs.unique(member.businessName, members::slugTaken);
        Set<ConstraintViolation<Member>> violations = validator.validate(member);
        violations.stream()
                .filter(v -> !List.of("whatsapp", "sector", "district").contains(v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        members.persist(member);
        return member;
    }

    /** Approving, suspending or reinstating a member shows or hides all its products. */
    @Transactional
    public Optional<Member> changeStatus(long id, MemberStatus status) {
        return members.findByIdOptional(id).map(member -> {
            member.status = status;
            searchOutbox.memberChanged(member.id);
            return member;
        });
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
