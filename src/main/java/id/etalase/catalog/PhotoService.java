package id.etalase.catalog;

import id.etalase.common.DatabaseFaults;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import id.etalase.member.Member;
import id.etalase.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * Product photos: processing uploads, keeping them (database or shared directory), attaching them to a product
 * in the listing's own transaction, and serving them.
 */
@ApplicationScoped
public class PhotoService {

    private static final Logger LOG = Logger.getLogger(PhotoService.class);
    private final DatabaseFaults.Outage databaseOutage = new DatabaseFaults.Outage(LOG, "Clean-up of unsaved photos");

    public static final int MAX_PER_PRODUCT = 6;
    /** How long a photo uploaded with a form that was never saved is kept for that form. */
    static final Duration STAGED_FOR = Duration.ofDays(1);

    /** What staging uploads gave: the photos kept, and a message for each file refused. */
    public record Staged(List<Long> ids, List<FieldError> errors) {
    }

    @Inject
    PhotoConfig config;

    @Inject
    ListingLimits limits;

    @Inject
    MemberRepository members;

    private Semaphore processing;

    @jakarta.annotation.PostConstruct
    void init() {
        processing = new Semaphore(Math.max(1, config.concurrentProcessing()));
    }

    /**
     * Processes each uploaded file (outside any transaction: it takes CPU time, not rows) and keeps the good ones for
     * the member, not yet attached to a product; a file refused is an error on the form's {@code field}. More files
     * than {@code room} (what the form or the product still holds) are refused together before any is read; a file
     * beyond the member's quota of photos not yet on a product is refused too, unread when the quota is already full.
     */
    public Staged stage(long memberId, List<Path> uploads, int room, String field) {
        if (uploads.isEmpty()) {
            return new Staged(List.of(), List.of());
        }
        if (uploads.size() > room) {
            return new Staged(List.of(), List.of(FieldError.of(field, "photo_tooMany", MAX_PER_PRODUCT)));
        }
        List<Long> ids = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int quota = QuarkusTransaction.requiringNew().call(() -> stagedQuota(memberId));
        long staged = QuarkusTransaction.requiringNew().call(() -> stagedCount(memberId));
        for (Path upload : uploads) {
            if (staged + ids.size() >= quota) {
                errors.add(FieldError.of(field, "photo_quotaReached", quota));
                continue;
            }
            PhotoProcessor.Processed processed;
            try {
                processing.acquire();
                try {
                    processed = PhotoProcessor.process(upload);
                } finally {
                    processing.release();
                }
            } catch (PhotoProcessor.Rejected e) {
                errors.add(FieldError.of(field, e.code(), e.args()));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Long id = QuarkusTransaction.requiringNew().call(() -> keepWithinQuota(memberId, processed));
            if (id == null) {
                errors.add(FieldError.of(field, "photo_quotaReached", quota));
            } else {
                ids.add(id);
            }
        }
        return new Staged(ids, errors);
    }

    /**
     * Writes a photo sent as a request's body into the uploads directory, so that it is never held in memory whole.
     * A body longer than a photo may be is refused as soon as it passes the limit: at most the limit and one byte is
     * copied. The caller deletes the file ({@link #discard}).
     */
    public Path receive(InputStream body, String field) {
        try {
            Files.createDirectories(config.uploadsDirectory());
            Path file = Files.createTempFile(config.uploadsDirectory(), "photo-", ".upload");
            long copied = 0;
            try (InputStream in = body == null ? InputStream.nullInputStream() : body;
                    OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0 && copied <= PhotoProcessor.MAX_BYTES; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    copied += n;
                }
            } catch (IOException | RuntimeException e) {
                discard(file);
                throw e;
            }
            if (copied > PhotoProcessor.MAX_BYTES) {
                discard(file);
                throw new InvalidInputException(tooLarge(field));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal of a file above the photo limit. */
    public static FieldError tooLarge(String field) {
        return FieldError.of(field, "photo_tooLarge", PhotoProcessor.MAX_BYTES / (1024 * 1024));
    }

    /** Deletes a received file; one that cannot be deleted is logged, and the uploads directory is temporary anyway. */
    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Uploaded file %s not deleted: %s", file, e.getMessage());
        }
    }

    /** How many photos not on a product the member may keep: the portal's default unless an admin raised it. */
    private int stagedQuota(long memberId) {
        Member member = members.findById(memberId);
        if (member != null) {
            member.refuseChangesWhileSuspended();
        }
        return member == null || member.maxStagedPhotos == null ? limits.maxStagedPhotos() : member.maxStagedPhotos;
    }

    /** The member's photos that count against their quota: uploaded but not on a product, their logo aside. */
    @Transactional
    public long staged(long memberId) {
        return stagedCount(memberId);
    }

    /** The member's photos not on a product, their logo aside. */
    private long stagedCount(long memberId) {
        return Photo.count("memberId = ?1 and productId is null and id not in (select m.logoPhotoId from Member m"
                + " where m.id = ?1 and m.logoPhotoId is not null)", memberId);
    }

    /** Keeps the photo unless the quota filled meanwhile: parallel uploads of one member wait for each other here. */
    private Long keepWithinQuota(long memberId, PhotoProcessor.Processed processed) {
        members.lock(memberId);
        if (stagedCount(memberId) >= stagedQuota(memberId)) {
            return null;
        }
        return keep(memberId, processed);
    }

    private long keep(long memberId, PhotoProcessor.Processed processed) {
        Photo photo = new Photo();
        photo.memberId = memberId;
        photo.hash = processed.hash();
        photo.width = processed.width();
        photo.height = processed.height();
        photo.createdAt = Instant.now();
        if (config.storage() == PhotoConfig.Storage.DATABASE) {
            photo.large = processed.large();
            photo.medium = processed.medium();
            photo.small = processed.small();
        }
        photo.persist();
        if (config.storage() == PhotoConfig.Storage.DIRECTORY) {
            write(photo, PhotoProcessor.LARGE, processed.large());
            write(photo, PhotoProcessor.MEDIUM, processed.medium());
            write(photo, PhotoProcessor.SMALL, processed.small());
        }
        return photo.id;
    }

    /** The member's photos among these ids that may go on this product (staged, or already on it), in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> usable(long memberId, Long productId, List<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return List.of();
        }
        List<Photo> found = Photo.<Photo>list("id in ?1 and memberId = ?2", distinct, memberId);
        Map<Long, Photo> byId = new HashMap<>();
        found.stream().filter(p -> p.productId == null || p.productId.equals(productId)).forEach(p -> byId.put(p.id, p));
        return distinct.stream().filter(byId::containsKey).toList();
    }

    /** Makes these photos the product's, in this order (the first is the cover); its other photos are deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(long memberId, long productId, List<Long> ids) {
        List<Long> usable = usable(memberId, productId, ids);
        for (Photo old : Photo.<Photo>list("productId = ?1", productId)) {
            if (!usable.contains(old.id)) {
                delete(old);
            }
        }
        for (int i = 0; i < usable.size(); i++) {
            Photo photo = Photo.findById(usable.get(i));
            photo.productId = productId;
            photo.position = i;
        }
    }

    /** The product's photo ids in order, cover first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> idsOf(long productId) {
        return Photo.<Photo>find("productId = ?1 order by position, id", productId).project(IdOnly.class).list()
                .stream().map(IdOnly::id).toList();
    }

    /** Only the id: listing photos must not load their renditions. */
    public record IdOnly(Long id) {
    }

    /** A photo's size and hash, without its renditions. */
    public record Header(Long id, Long productId, String hash, int width, int height, int position) {
    }

    @Transactional
    public List<PhotoView> photosOf(long productId) {
        return PhotoView.onProduct(productId);
    }

    /** The photos with these ids, by id, whoever's they are (for the admins, who may open private ones). */
    @Transactional
    public Map<Long, PhotoView> viewsOf(Collection<Long> ids) {
        return PhotoView.byId(ids);
    }

    /** The member's photos with these ids (for a form that comes back with them), in this order. */
    @Transactional
    public List<PhotoView> views(long memberId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PhotoView> byId = new HashMap<>();
        Photo.find("id in ?1 and memberId = ?2", ids, memberId).project(Header.class).list()
                .forEach(h -> byId.put(h.id(), PhotoView.of(h.id(), h.hash(), h.width(), h.height())));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** A member's own photo that is not on a product: one that may become its logo. */
    @Transactional
    public boolean usableAsLogo(long memberId, long photoId) {
        return Photo.count("id = ?1 and memberId = ?2 and productId is null", photoId, memberId) == 1;
    }

    /** The logo of each of these members that has one, by member id. */
    @Transactional
    public Map<Long, PhotoView> logosOf(Collection<Member> members) {
        Map<Long, Long> memberByLogo = new HashMap<>();
        members.stream().filter(m -> m.logoPhotoId != null).forEach(m -> memberByLogo.put(m.logoPhotoId, m.id));
        Map<Long, PhotoView> logos = new HashMap<>();
        if (!memberByLogo.isEmpty()) {
            Photo.find("id in ?1", memberByLogo.keySet()).project(Header.class).list().forEach(h -> logos.put(
                    memberByLogo.get(h.id()), PhotoView.of(h.id(), h.hash(), h.width(), h.height())));
        }
        return logos;
    }

    /** The cover of each product (by slug) that has one: the cards of a listing, with one query. */
    @Transactional
    public Map<String, PhotoView> coversBySlug(Collection<String> slugs) {
        Map<String, PhotoView> covers = new HashMap<>();
        if (slugs.isEmpty()) {
            return covers;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Photo.getEntityManager().createQuery("select p.slug, f.id, f.hash, f.width, f.height"
                + " from Photo f, Product p where p.id = f.productId and f.position = 0 and p.slug in :slugs")
                .setParameter("slugs", slugs).getResultList();
        for (Object[] row : rows) {
            covers.put((String) row[0], PhotoView.of((Long) row[1], (String) row[2], (Integer) row[3],
                    (Integer) row[4]));
        }
        return covers;
    }

    /** A photo file and who may see it: anyone, or only its member (and admins) while it is not public. */
    public record Rendition(byte[] jpeg, String hash, boolean isPublic, long memberId) {
    }

    /**
     * One rendition, when the id, the start of its hash and the size match. Public while its product is public (or,
     * a logo, while its member is active); a photo of a hidden, rejected, archived or unpublished product, of a
     * suspended member, or not yet attached is its member's alone.
     */
    @Transactional
    public Optional<Rendition> rendition(long id, String hashStart, int size) {
        Optional<Photo.Owner> owner = Photo.find("id", id).project(Photo.Owner.class).firstResultOptional()
                .filter(found -> hashStart.length() == 16 && found.hash().startsWith(hashStart));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        boolean isPublic = owner.get().productId() != null
                ? Product.count("from Product p join p.member m where p.id = ?1 and " + Product.PUBLIC,
                        owner.get().productId()) > 0
                : Member.count("from Member m where m.logoPhotoId = ?1 and " + Member.ACTIVE, id) > 0;
        return jpeg(id, owner.get().hash(), size).map(jpeg -> new Rendition(jpeg, owner.get().hash(), isPublic,
                owner.get().memberId()));
    }

    /** The file of one size of a photo whose hash is known. */
    private Optional<byte[]> jpeg(long id, String hash, int size) {
        if (config.storage() == PhotoConfig.Storage.DIRECTORY) {
            Path file = file(id, hash, size);
            try {
                return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Photo photo = Photo.findById(id);
        return Optional.ofNullable(switch (size) {
            case PhotoProcessor.LARGE -> photo.large;
            case PhotoProcessor.MEDIUM -> photo.medium;
            case PhotoProcessor.SMALL -> photo.small;
            default -> null;
        });
    }

    /** Photos uploaded with forms that were never saved, a day later. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dropStaleQuietly() {
        databaseOutage.run(() -> QuarkusTransaction.requiringNew().run(this::dropStale));
    }

    void dropStale() {
        Set<Long> awaitingReview = photosOfPendingRevisions();
        List<Photo> stale = Photo.<Photo>list("productId is null and createdAt < ?1 and id not in (select m.logoPhotoId"
                + " from Member m where m.logoPhotoId is not null)", Instant.now().minus(STAGED_FOR)).stream()
                .filter(photo -> !awaitingReview.contains(photo.id)).toList();
        stale.forEach(this::delete);
        if (!stale.isEmpty()) {
            LOG.infof("Deleted %d photos uploaded with forms that were never saved", stale.size());
        }
    }

    /** New photos an edit proposes wait unattached with it, however long the admin takes. */
    private static Set<Long> photosOfPendingRevisions() {
        Set<Long> ids = new java.util.HashSet<>();
        ProductRevision.<ProductRevision>list("status = ?1 and photoIds is not null", ProductRevision.PENDING)
                .forEach(revision -> ids.addAll(ListingService.ids(revision.photoIds)));
        return ids;
    }

    private void delete(Photo photo) {
        if (config.storage() == PhotoConfig.Storage.DIRECTORY) {
            for (int size : List.of(PhotoProcessor.LARGE, PhotoProcessor.MEDIUM, PhotoProcessor.SMALL)) {
                try {
                    Files.deleteIfExists(file(photo.id, photo.hash, size));
                } catch (IOException e) {
                    LOG.warnf("Photo file of %d not deleted: %s", photo.id, e.getMessage());
                }
            }
        }
        photo.delete();
    }

    private void write(Photo photo, int size, byte[] data) {
        try {
            Path file = file(photo.id, photo.hash, size);
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(long id, String hash, int size) {
        Path directory = config.directory().orElseThrow(() -> new IllegalStateException(
                "etalase.photos.directory must be set when etalase.photos.storage=directory"));
        return directory.resolve(String.valueOf(id % 100)).resolve(id + "-" + hash + "-" + size + ".jpg");
    }
}
