package id.etalase.catalog;

import id.etalase.common.ConflictException;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Like;
import id.etalase.common.Page;
import id.etalase.common.ReviewNotes;
import id.etalase.common.Rupiah;
import id.etalase.common.ShownVersion;
import id.etalase.common.Slugs;
import id.etalase.member.Member;
import id.etalase.member.MemberRepository;
import id.etalase.reference.Sector;
import id.etalase.reference.SectorRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's own listings: drafts, submitting for review, edits, archiving; and the admins' decisions on them. A
 * published product's edit waits as a revision while the live version stays; a change of the price alone goes
 * live at once (sellers change prices often, and a price is what the chat confirms anyway).
 */
@ApplicationScoped
public class ListingService {

    /** What saving a listing did. */
    public enum Outcome { DRAFT_SAVED, SUBMITTED, SUBMITTED_WITH_APPLICATION, LIVE, REVISION_PENDING, UPDATED }

    /** The listing saved and what saving it did. */
    public record Saved(long productId, Outcome outcome) {
    }

    @Inject
    ProductRepository products;

    @Inject
    MemberRepository members;

    @Inject
    SectorRepository sectors;

    @Inject
    Validator validator;

    @Inject
    ProductWrites writes;

    @Inject
    PhotoService photos;

    @Inject
    ListingLimits limits;

    private static final String OWN_ORDER = " order by case when status = :archived then 1 else 0 end,"
            + " updatedAt desc, id desc";

    @Transactional
    public List<OwnProductView> ownProducts(long memberId) {
        return views(products.find("member.id = :member" + OWN_ORDER, Parameters.with("member", memberId)
                .and("archived", ProductStatus.ARCHIVED)).list());
    }

    /**
     * One page of the member's own products whose name contains the text (all of them without one), archived last:
     * a seller may list hundreds, and the dashboard shows them a page at a time.
     */
    @Transactional
    public Page<OwnProductView> ownProducts(long memberId, String text, int page, int size) {
        String where = "member.id = :member";
        Parameters parameters = Parameters.with("member", memberId);
        if (text != null && !text.isBlank()) {
            where += " and lower(name) like :text" + Like.ESCAPE;
            parameters = parameters.and("text", Like.containing(text.strip()));
        }
        long total = products.count(where, parameters);
        int last = Math.max(1, (int) ((total + size - 1) / size));
        int shown = Math.min(Math.max(1, page), last);
        List<Product> own = products.find(where + OWN_ORDER, parameters.and("archived", ProductStatus.ARCHIVED))
                .page(shown - 1, size).list();
        return new Page<>(views(own), shown, size, total);
    }

    private List<OwnProductView> views(List<Product> own) {
        Map<Long, ProductRevision> pending = revisionsOf(own, ProductRevision.PENDING);
        Map<Long, ProductRevision> rejected = revisionsOf(own, ProductRevision.REJECTED);
        return own.stream().map(p -> OwnProductView.of(p, pending.get(p.id), rejected.get(p.id))).toList();
    }

    /** The newest revision per product in that state. */
    private Map<Long, ProductRevision> revisionsOf(List<Product> own, String status) {
        if (own.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProductRevision> byProduct = new HashMap<>();
        ProductRevision.<ProductRevision>find("product in ?1 and status = ?2 order by id", own, status).list()
                .forEach(r -> byProduct.put(r.product.id, r));
        return byProduct;
    }

    /** The form of one of the member's products: the waiting edit if there is one, else the product itself. */
    @Transactional
    public Optional<ListingInput> form(long memberId, long productId) {
        return own(memberId, productId).map(product -> pendingRevision(product)
                .map(r -> new ListingInput(r.name, r.description, priceText(r.price), r.unit, r.sector.slug,
                        r.photoIds == null ? photos.idsOf(product.id) : ids(r.photoIds)))
                .orElse(new ListingInput(product.name, product.description, priceText(product.price), product.unit,
                        product.sector.slug, photos.idsOf(product.id))));
    }

    private static String priceText(Long price) {
        return price == null ? "" : String.valueOf(price);
    }

    /** The member's products that count against their cap: all but the archived ones. */
    @Transactional
    public long productsHeld(long memberId) {
        return products.count("member.id = ?1 and status <> ?2", memberId, ProductStatus.ARCHIVED);
    }

    /** A new listing: a draft, or submitted for review when asked and the member is approved. */
    @Transactional
    public Saved create(long memberId, ListingInput input, boolean submit) {
        // Locked, so that parallel creates of one member are counted one after the other against the cap.
        members.lock(memberId);
        Member member = members.findByIdOptional(memberId).orElseThrow(NotFoundException::new);
        member.refuseChangesWhileSuspended();
        int cap = member.maxProducts == null ? limits.maxProducts() : member.maxProducts;
        if (productsHeld(memberId) >= cap) {
            throw new ConflictException("listing_tooManyProducts", cap);
        }
        Product product = new Product();
        product.member = member;
        product.status = ProductStatus.DRAFT;
        List<FieldError> errors = new ArrayList<>();
        apply(input, errors, product);
        product.slug = product.name == null ? null : Slugs.unique(product.name, products::slugTaken);
        checkPhotoCount(input, errors);
        check(product, errors);
        writes.add(product);
        if (input.photoIds() != null) {
            photos.attach(memberId, product.id, input.photoIds());
        }
        Outcome outcome = Outcome.DRAFT_SAVED;
        if (submit) {
            outcome = submitForReview(product);
        }
        writes.changed(product);
        return new Saved(product.id, outcome);
    }

    /** One of the member's own products, as their list shows it. */
    @Transactional
    public Optional<OwnProductView> ownProduct(long memberId, long productId) {
        return own(memberId, productId).map(p -> {
            List<Product> one = List.of(p);
            return OwnProductView.of(p, revisionsOf(one, ProductRevision.PENDING).get(p.id),
                    revisionsOf(one, ProductRevision.REJECTED).get(p.id));
        });
    }

    /** Saves the member's edit; see the class comment for what goes live when. */
    @Transactional
    public Outcome update(long memberId, long productId, ListingInput input, boolean submit) {
        Product product = own(memberId, productId).orElseThrow(NotFoundException::new);
        product.member.refuseChangesWhileSuspended();
        List<FieldError> errors = new ArrayList<>();
        switch (product.status) {
            case ARCHIVED -> throw new ConflictException("listing_archived", product.name);
            case PUBLISHED -> {
                ProductRevision revision = new ProductRevision();
                applyTo(input, errors, revision);
                checkPhotoCount(input, errors);
                if (input.photoIds() != null) {
                    List<Long> proposed = photos.usable(memberId, product.id, input.photoIds());
                    if (!proposed.equals(photos.idsOf(product.id))) {
                        revision.photoIds = proposed.stream().map(String::valueOf).collect(Collectors.joining(","));
                    }
                }
                Set<ConstraintViolation<ProductRevision>> violations = violations(revision, errors);
                if (!errors.isEmpty() || !violations.isEmpty()) {
                    throw new InvalidInputException(errors, violations);
                }
                return revise(product, revision);
            }
            default -> {
                apply(input, errors, product);
                checkPhotoCount(input, errors);
                check(product, errors);
                if (input.photoIds() != null) {
                    List<Long> before = photos.idsOf(product.id);
                    photos.attach(memberId, product.id, input.photoIds());
                    if (!photos.idsOf(product.id).equals(before)) {
                        // The photos are rows of their own: a change of them is a change of what an admin approves.
                        products.getEntityManager().lock(product, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    }
                }
                Outcome outcome = Outcome.UPDATED;
                if (submit || product.status == ProductStatus.PENDING) {
                    outcome = submitForReview(product);
                }
                writes.changed(product);
                return outcome;
            }
        }
    }

    /**
     * A published product's edit: the price alone goes live, anything more waits as the one pending revision. A new
     * price set beside a waiting revision (against the live version or the revision) goes live and into the revision
     * too, which keeps everything else it proposes.
     */
    private Outcome revise(Product product, ProductRevision edit) {
        Optional<ProductRevision> pending = pendingRevision(product);
        boolean onlyPriceOfLive = edit.photoIds == null && sameExceptPrice(edit, product.name, product.description,
                product.unit, product.sector);
        boolean onlyPriceOfPending = pending.filter(revision -> Objects.equals(edit.photoIds, revision.photoIds)
                && sameExceptPrice(edit, revision.name, revision.description, revision.unit, revision.sector))
                .isPresent();
        if (onlyPriceOfLive || onlyPriceOfPending) {
            pending.filter(revision -> !Objects.equals(revision.price, edit.price))
                    .ifPresent(revision -> revision.price = edit.price);
            if (!Objects.equals(edit.price, product.price)) {
                product.price = edit.price;
                writes.changed(product);
            }
            return Outcome.LIVE;
        }
        ProductRevision revision = pending.orElseGet(ProductRevision::new);
        revision.product = product;
        revision.name = edit.name;
        revision.description = edit.description;
        revision.price = edit.price;
        revision.unit = edit.unit;
        revision.sector = edit.sector;
        revision.photoIds = edit.photoIds;
        revision.status = ProductRevision.PENDING;
        revision.createdAt = Instant.now();
        if (revision.id == null) {
            revision.persist();
        }
        return Outcome.REVISION_PENDING;
    }

    private static boolean sameExceptPrice(ProductRevision edit, String name, String description, String unit,
            Sector sector) {
        return Objects.equals(edit.name, name) && Objects.equals(edit.description, description)
                && Objects.equals(edit.unit, unit) && edit.sector.id.equals(sector.id);
    }

    @Transactional
    public Outcome submit(long memberId, long productId) {
        Product product = own(memberId, productId).orElseThrow(NotFoundException::new);
        product.member.refuseChangesWhileSuspended();
        if (product.status != ProductStatus.DRAFT && product.status != ProductStatus.REJECTED) {
            throw new ConflictException("listing_notDraft", product.name);
        }
        Outcome outcome = submitForReview(product);
        writes.changed(product);
        return outcome;
    }

    /**
     * Waits for an admin's review. An applicant's product waits with the application: an admin may approve it before
     * or after the member, and it shows once both are approved, without the member doing anything more.
     */
    private Outcome submitForReview(Product product) {
        product.status = ProductStatus.PENDING;
        product.submittedAt = Instant.now();
        product.reviewNote = null;
        return product.member.isActive() ? Outcome.SUBMITTED : Outcome.SUBMITTED_WITH_APPLICATION;
    }

    /** Hidden at once, whatever its state, remembering that state; a waiting edit is dropped. */
    @Transactional
    public void archive(long memberId, long productId) {
        Product product = own(memberId, productId).orElseThrow(NotFoundException::new);
        if (product.status != ProductStatus.ARCHIVED) {
            product.hiddenFrom = product.status;
            product.status = ProductStatus.ARCHIVED;
        }
        pendingRevision(product).ifPresent(ProductRevision::delete);
        writes.changed(product);
    }

    /**
     * Shows a hidden product again where it was: a live one is live at once, since a hidden product cannot be
     * changed and so is what an admin approved; one hidden before approval waits again.
     */
    @Transactional
    public Outcome show(long memberId, long productId) {
        members.lock(memberId);
        Product product = own(memberId, productId).orElseThrow(NotFoundException::new);
        product.member.refuseChangesWhileSuspended();
        if (product.status != ProductStatus.ARCHIVED) {
            throw new ConflictException("listing_notHidden", product.name);
        }
        int cap = product.member.maxProducts == null ? limits.maxProducts() : product.member.maxProducts;
        if (productsHeld(memberId) >= cap) {
            throw new ConflictException("listing_tooManyProducts", cap);
        }
        ProductStatus back = product.hiddenFrom == null ? ProductStatus.DRAFT : product.hiddenFrom;
        product.status = back;
        product.hiddenFrom = null;
        writes.changed(product);
        return switch (back) {
            case PUBLISHED -> Outcome.LIVE;
            case PENDING -> product.member.isActive() ? Outcome.SUBMITTED : Outcome.SUBMITTED_WITH_APPLICATION;
            default -> Outcome.UPDATED;
        };
    }

    /** A product of this member, or nothing: another member's product is as good as absent. */
    private Optional<Product> own(long memberId, long productId) {
        return products.findByIdOptional(productId).filter(p -> p.member.id == memberId);
    }

    private static Optional<ProductRevision> pendingRevision(Product product) {
        return ProductRevision.<ProductRevision>find("product = ?1 and status = ?2", product, ProductRevision.PENDING)
                .firstResultOptional();
    }

    // The admins' decisions

    /** Submitted products, the longest waiting first. */
    @Transactional
    public List<PendingProductView> pendingProducts() {
        List<Product> pending = products.find("status = ?1 order by submittedAt, id", ProductStatus.PENDING).list();
        Map<Long, List<PhotoView>> photos = PhotoView.onProducts(pending.stream().map(p -> p.id).toList());
        return pending.stream().map(p -> PendingProductView.of(p, photos.getOrDefault(p.id, List.of()))).toList();
    }

    /** Edits of published products waiting, the longest waiting first, each with the live version beside it. */
    @Transactional
    public List<RevisionView> pendingRevisions() {
        return ProductRevision.<ProductRevision>find("status = ?1 order by createdAt, id", ProductRevision.PENDING)
                .list().stream().map(RevisionView::of).toList();
    }

    /**
     * Submitted → published: in listings and search within seconds (through the outbox). Only the version the admin
     * was shown: a product changed since answers 409 with what it holds now.
     */
    @Transactional
    public Decision approve(long productId, Long shownVersion) {
        return decide(productId, ProductStatus.PENDING, ProductStatus.PUBLISHED, null, ShownVersion.required(shownVersion));
    }

    @Transactional
    public Decision reject(long productId, String reason, Long shownVersion) {
        return decide(productId, ProductStatus.PENDING, ProductStatus.REJECTED, reason, ShownVersion.required(shownVersion));
    }

    /**
     * A published product taken off the site (after shoppers' reports): rejected with the admin's reason, which the
     * member reads on their page; fixed, it goes through review again. A waiting edit is dropped.
     */
    @Transactional
    public Decision hide(long productId, String reason) {
        return decide(productId, ProductStatus.PUBLISHED, ProductStatus.REJECTED, reason, null);
    }

    /**
     * An admin's decision on a product in the given state; a rejection needs its reason, which the member reads, and
     * taking a live product off drops its waiting edit. Decided meanwhile by another admin: 409.
     */
    private Decision decide(long productId, ProductStatus from, ProductStatus to, String reason, Long shownVersion) {
        Product product = products.findByIdOptional(productId).orElseThrow(NotFoundException::new);
        String note = to == ProductStatus.REJECTED ? ReviewNotes.required(reason) : null;
        if (product.status != from) {
            throw new ConflictException("listing_moved", product.name, status(product));
        }
        if (shownVersion != null) {
            ShownVersion.check(shownVersion, product.version, () -> new ConflictException(
                    "listing_changedSinceShown", product.name).showing(PendingProductView.of(product)));
        }
        product.status = to;
        product.reviewNote = note;
        if (from == ProductStatus.PUBLISHED) {
            pendingRevision(product).ifPresent(ProductRevision::delete);
        }
        writes.changed(product);
        return new Decision(product.id, product.name, "status=" + from.name().toLowerCase(Locale.ROOT),
                "status=" + to.name().toLowerCase(Locale.ROOT));
    }

    /** The live product takes the edit, as the admin was shown it. */
    @Transactional
    public Decision approveRevision(long revisionId, Long shownVersion) {
        ProductRevision revision = openRevision(revisionId, ShownVersion.required(shownVersion));
        Product product = revision.product;
        String before = RevisionView.describe(product.name, product.description, product.price, product.unit,
                product.sector.slug);
        product.name = revision.name;
        product.description = revision.description;
        product.price = revision.price;
        product.unit = revision.unit;
        product.sector = revision.sector;
        if (revision.photoIds != null) {
            photos.attach(product.member.id, product.id, ids(revision.photoIds));
        }
        revision.status = ProductRevision.APPROVED;
        revision.decidedAt = Instant.now();
        writes.changed(product);
        return new Decision(product.id, product.name, before, RevisionView.describe(revision.name,
                revision.description, revision.price, revision.unit, revision.sector.slug));
    }

    /** The live product stays as it was; the member reads the reason. */
    @Transactional
    public Decision rejectRevision(long revisionId, String reason, Long shownVersion) {
        String note = ReviewNotes.required(reason);
        ProductRevision revision = openRevision(revisionId, ShownVersion.required(shownVersion));
        revision.status = ProductRevision.REJECTED;
        revision.reviewNote = note;
        revision.decidedAt = Instant.now();
        return new Decision(revision.product.id, revision.product.name, "revision=pending", "revision=rejected");
    }

    private ProductRevision openRevision(long revisionId, long shownVersion) {
        ProductRevision revision = ProductRevision.<ProductRevision>findByIdOptional(revisionId)
                .orElseThrow(NotFoundException::new);
        if (!ProductRevision.PENDING.equals(revision.status)) {
            throw new ConflictException("listing_moved", revision.name, revision.status);
        }
        ShownVersion.check(shownVersion, revision.version, () -> new ConflictException("listing_changedSinceShown",
                revision.name).showing(RevisionView.of(revision)));
        return revision;
    }

    /** A decision for the audit log. */
    public record Decision(long productId, String name, String before, String after) {
    }

    private static String status(Product product) {
        return product.status.name().toLowerCase(Locale.ROOT);
    }

    // Input

    private void apply(ListingInput input, List<FieldError> errors, Product product) {
        ProductRevision values = new ProductRevision();
        applyTo(input, errors, values);
        product.name = values.name;
        product.description = values.description;
        product.price = values.price;
        product.unit = values.unit;
        product.sector = values.sector;
    }

    private void applyTo(ListingInput input, List<FieldError> errors, ProductRevision values) {
        values.name = strip(input.name());
        values.description = strip(input.description());
        values.unit = strip(input.unit());
        try {
            values.price = Rupiah.parse(input.price());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("price", "listing_priceInvalid"));
        }
        Sector sector = input.sector() == null ? null : sectors.findBySlug(input.sector()).orElse(null);
        if (sector == null) {
            errors.add(FieldError.of("sector", "member_unknownSector"));
        }
        values.sector = sector;
    }

    static List<Long> ids(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of()
                : java.util.Arrays.stream(commaSeparated.split(",")).map(Long::valueOf).toList();
    }

    private static void checkPhotoCount(ListingInput input, List<FieldError> errors) {
        if (input.photoIds() != null && input.photoIds().size() > PhotoService.MAX_PER_PRODUCT) {
            errors.add(FieldError.of("photos", "photo_tooMany", PhotoService.MAX_PER_PRODUCT));
        }
    }

    /**
     * Gives one of the member's products this photo list (ids in order, the cover first), leaving its other fields:
     * at once for a product not yet live, as a revision for a live one.
     */
    @Transactional
    public Outcome setPhotos(long memberId, long productId, List<Long> photoIds) {
        ListingInput current = form(memberId, productId).orElseThrow(NotFoundException::new);
        return update(memberId, productId, new ListingInput(current.name(), current.description(), current.price(),
                current.unit(), current.sector(), photoIds), false);
    }

    /** The photos a listing form sends, in order (the cover first), and what was wrong with its files. */
    public record FormPhotos(List<Long> ids, List<FieldError> errors) {
    }

    /**
     * A listing form's photos: those it kept (each once), then its files staged as the member's photos, the cover
     * moved first. The form holds six photos: more files than it has room for are refused together, before any is
     * read. Staging runs outside any transaction (it takes CPU time, not rows).
     */
    public FormPhotos formPhotos(long memberId, List<Long> kept, Long cover, List<java.nio.file.Path> files) {
        List<Long> ids = new ArrayList<>(kept == null ? List.of() : new LinkedHashSet<>(kept));
        PhotoService.Staged staged = photos.stage(memberId, files,
                Math.max(0, PhotoService.MAX_PER_PRODUCT - ids.size()), "photos");
        ids.addAll(staged.ids());
        if (cover != null && ids.remove(cover)) {
            ids.add(0, cover);
        }
        return new FormPhotos(ids, staged.errors());
    }

    /**
     * One photo sent as a request body added to one of the member's products: last, or first when it has none; a
     * live product's photos change with a revision. A declared length above the limit is refused before the body is
     * read, an undeclared one as it passes it; the received file is gone afterwards whatever happened.
     */
    public Outcome addPhoto(long memberId, long productId, Long declaredLength, InputStream body) {
        List<Long> current = form(memberId, productId).orElseThrow(NotFoundException::new).photoIds();
        if (declaredLength != null && declaredLength > PhotoProcessor.MAX_BYTES) {
            throw new InvalidInputException(PhotoService.tooLarge("photos"));
        }
        java.nio.file.Path file = photos.receive(body, "photos");
        PhotoService.Staged staged;
        try {
            staged = photos.stage(memberId, List.of(file), PhotoService.MAX_PER_PRODUCT - current.size(), "photos");
        } finally {
            photos.discard(file);
        }
        if (!staged.errors().isEmpty()) {
            throw new InvalidInputException(staged.errors());
        }
        if (staged.ids().isEmpty()) {
            throw new InvalidInputException(FieldError.of("photos", "photo_empty"));
        }
        List<Long> next = new ArrayList<>(current);
        next.addAll(staged.ids());
        return setPhotos(memberId, productId, next);
    }

    /** The photos of one of the member's products, cover first. */
    @Transactional
    public List<Long> photoIds(long memberId, long productId) {
        return own(memberId, productId).map(p -> photos.idsOf(p.id)).orElse(List.of());
    }

    private void check(Product product, List<FieldError> errors) {
        Set<ConstraintViolation<Product>> violations = violations(product, errors);
        if (!errors.isEmpty() || !violations.isEmpty()) {
            throw new InvalidInputException(errors, violations);
        }
    }

    private <T> Set<ConstraintViolation<T>> violations(T entity, List<FieldError> errors) {
        List<String> reported = errors.stream().map(FieldError::field).toList();
        return validator.validate(entity).stream()
                .filter(v -> !reported.contains(v.getPropertyPath().toString())
                        && !List.of("slug", "member", "product", "status").contains(v.getPropertyPath().toString()))
                .collect(Collectors.toSet());
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // Reads for the admins' queues

    /** The products each of these members has waiting in the queue, the longest waiting first: one query. */
    @Transactional
    public Map<Long, List<QueuedProduct>> queuedProductsOf(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<QueuedProduct>> byMember = new HashMap<>();
        products.find("member.id in ?1 and status = ?2 order by submittedAt, id", memberIds, ProductStatus.PENDING)
                .list().forEach(p -> byMember.computeIfAbsent(p.member.id, m -> new ArrayList<>())
                        .add(new QueuedProduct(p.id, p.name)));
        return byMember;
    }

    /** The queued products whose member is not active yet: they go live only once the member is approved. */
    @Transactional
    public Set<Long> queuedWithMemberNotActive() {
        return products.find("status = ?1 and member.status <> ?2", ProductStatus.PENDING,
                id.etalase.member.MemberStatus.ACTIVE).list().stream().map(p -> p.id).collect(Collectors.toSet());
    }

    /** A product as an admin's decision left it, for the message to its member. */
    @Transactional
    public Optional<DecidedProductView> decided(long productId) {
        return products.findByIdOptional(productId).map(p -> decidedView(p, status(p), p.reviewNote));
    }

    /** An edit as an admin's decision left it, with its product, for the message to its member. */
    @Transactional
    public Optional<DecidedProductView> decidedRevision(long revisionId) {
        return ProductRevision.<ProductRevision>findByIdOptional(revisionId)
                .map(r -> decidedView(r.product, r.status, r.reviewNote));
    }

    private static DecidedProductView decidedView(Product product, String status, String note) {
        Member member = product.member;
        return new DecidedProductView(product.id, product.name, product.slug, status, note, member.businessName,
                member.ownerName, member.whatsapp, product.status == ProductStatus.PUBLISHED
                        && member.status == id.etalase.member.MemberStatus.ACTIVE);
    }
}
