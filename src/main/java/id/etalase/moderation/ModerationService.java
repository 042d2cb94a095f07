package id.etalase.moderation;

import id.etalase.account.AccountService;
import id.etalase.account.AccountView;
import id.etalase.catalog.ListingLimits;
import id.etalase.catalog.DecidedProductView;
import id.etalase.catalog.ListingService;
import id.etalase.catalog.PendingProductView;
import id.etalase.catalog.PhotoService;
import id.etalase.catalog.QueuedProduct;
import id.etalase.catalog.RevisionView;
import id.etalase.member.AdminMemberView;
import id.etalase.member.MemberLimits;
import id.etalase.member.MemberService;
import id.etalase.member.OwnMemberView;
import id.etalase.member.PendingMemberView;
import id.etalase.member.StatusChange;
import id.etalase.member.WhatsappChange;
import id.etalase.member.WhatsappRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The admins' decisions on members, products and edits of products, each written to the audit log with the change. */
@ApplicationScoped
public class ModerationService {

    /** The audit log's actions for decisions on a member's new number; the message after one reads them back. */
    private static final String NUMBER_APPROVED = "member.whatsapp.approve";
    private static final String NUMBER_REFUSED = "member.whatsapp.reject";

    @Inject
    MemberService members;

    @Inject
    AuditLog audit;

    @Inject
    AccountService accounts;

    @Inject
    ListingService listings;

    @Inject
    ListingLimits listingLimits;

    @Inject
    PhotoService photos;

    public List<PendingMemberView> pendingMembers() {
        return members.pending();
    }

    @Transactional
    public StatusChange approveMember(long memberId, Long shownVersion, long adminId) {
        return logged(adminId, "member.approve", members.approve(memberId, shownVersion), null);
    }

    @Transactional
    public StatusChange rejectMember(long memberId, String reason, Long shownVersion, long adminId) {
        return logged(adminId, "member.reject", members.reject(memberId, reason, shownVersion), reason);
    }

    @Transactional
    public StatusChange suspendMember(long memberId, String reason, long adminId) {
        return logged(adminId, "member.suspend", members.suspend(memberId, reason), reason);
    }

    public List<WhatsappRequest> whatsappRequests() {
        return members.whatsappRequests();
    }

    @Transactional
    public WhatsappChange approveWhatsapp(long memberId, String shownNumber, long adminId) {
        return logged(adminId, NUMBER_APPROVED, members.approveWhatsapp(memberId, shownNumber));
    }

    @Transactional
    public WhatsappChange rejectWhatsapp(long memberId, String shownNumber, long adminId) {
        return logged(adminId, NUMBER_REFUSED, members.rejectWhatsapp(memberId, shownNumber));
    }

    /** The limits in effect for one member: the admin's own for them, else the portal's defaults. */
    public record LimitsInEffect(long memberId, Integer maxProducts, Integer maxStagedPhotos, int products,
            int stagedPhotos) {
    }

    @Transactional
    public LimitsInEffect memberLimits(long memberId) {
        return inEffect(memberId, members.limits(memberId).orElseThrow(NotFoundException::new));
    }

    /**
     * One member's limits as the admin's page shows them: who, what they hold now, what they may hold and the portal's
     * defaults (what an empty field means).
     */
    public record MemberLimitsPage(AdminMemberView member, long products, long stagedPhotos, LimitsInEffect limits,
            int defaultProducts, int defaultStagedPhotos) {
    }

    @Transactional
    public MemberLimitsPage memberLimitsPage(long memberId) {
        AdminMemberView member = members.adminView(memberId).orElseThrow(NotFoundException::new);
        return new MemberLimitsPage(member, listings.productsHeld(memberId), photos.staged(memberId),
                memberLimits(memberId), listingLimits.maxProducts(), listingLimits.maxStagedPhotos());
    }

    /** Raises (or lowers) what one member may hold; null goes back to the default. */
    @Transactional
    public LimitsInEffect setMemberLimits(long memberId, MemberLimits limits, long adminId) {
        MemberLimits.Change change = members.setLimits(memberId, limits == null ? new MemberLimits(null, null)
                : limits);
        audit.record(adminId, "member.limits", "member", memberId, change.name(), change.before().toString(),
                change.after().toString(), null);
        return inEffect(memberId, change.after());
    }

    private LimitsInEffect inEffect(long memberId, MemberLimits limits) {
        return new LimitsInEffect(memberId, limits.maxProducts(), limits.maxStagedPhotos(),
                limits.maxProducts() == null ? listingLimits.maxProducts() : limits.maxProducts(),
                limits.maxStagedPhotos() == null ? listingLimits.maxStagedPhotos() : limits.maxStagedPhotos());
    }

    @Transactional
    public StatusChange reactivateMember(long memberId, long adminId) {
        return logged(adminId, "member.reactivate", members.reactivate(memberId), null);
    }

    /**
     * A one-time link for the member's owner to set a new password (there is no mail server: the admin sends it by
     * WhatsApp). Logged without the link itself.
     */
    @Transactional
    public ResetLink passwordReset(long memberId, long adminId) {
        OwnMemberView member = members.ownView(memberId).orElseThrow(NotFoundException::new);
        AccountView account = accounts.findByMember(memberId).orElseThrow(NotFoundException::new);
        String token = accounts.issueReset(account.id(), adminId);
        audit.record(adminId, "account.reset-link", "member", memberId, member.card().name(), null, null, null);
        return new ResetLink(member.card().name(), account.phone(), token);
    }

    /** What the admin sends: the token goes into /sandi-baru?token=… and never into a log. */
    public record ResetLink(String businessName, String phone, String token) {
    }

    public List<PendingProductView> pendingProducts() {
        return listings.pendingProducts();
    }

    public List<RevisionView> pendingRevisions() {
        return listings.pendingRevisions();
    }

    /** The products each applicant sent with the application, waiting in the product queue. */
    public Map<Long, List<QueuedProduct>> queuedProductsOf(Collection<Long> memberIds) {
        return listings.queuedProductsOf(memberIds);
    }

    /** The queued products that go live only once their member is approved. */
    public Set<Long> queuedWithMemberNotActive() {
        return listings.queuedWithMemberNotActive();
    }

    /** A member as a decision left them, for the message the admin sends them. */
    public Optional<AdminMemberView> decidedMember(long memberId) {
        return members.adminView(memberId);
    }

    /** A member as an admin's decision on a new number left it, and whether the number was changed. */
    public record DecidedWhatsapp(AdminMemberView member, boolean approved) {
    }

    /** The latest decision on a member's new number, for the message the admin sends to the number in use now. */
    @Transactional
    public Optional<DecidedWhatsapp> decidedWhatsapp(long memberId) {
        return audit.lastAction("member", memberId, List.of(NUMBER_APPROVED, NUMBER_REFUSED))
                .flatMap(action -> members.adminView(memberId).map(member -> new DecidedWhatsapp(member,
                        NUMBER_APPROVED.equals(action))));
    }

    /** A product as a decision left it, for the message the admin sends its member. */
    public Optional<DecidedProductView> decidedProduct(long productId) {
        return listings.decided(productId);
    }

    /** An edit as a decision left it, for the message the admin sends its member. */
    public Optional<DecidedProductView> decidedRevision(long revisionId) {
        return listings.decidedRevision(revisionId);
    }

    @Transactional
    public ListingService.Decision approveProduct(long productId, Long shownVersion, long adminId) {
        return logged(adminId, "product.approve", listings.approve(productId, shownVersion), null);
    }

    @Transactional
    public ListingService.Decision rejectProduct(long productId, String reason, Long shownVersion, long adminId) {
        return logged(adminId, "product.reject", listings.reject(productId, reason, shownVersion), reason);
    }

    @Transactional
    public ListingService.Decision approveRevision(long revisionId, Long shownVersion, long adminId) {
        return logged(adminId, "revision.approve", listings.approveRevision(revisionId, shownVersion), null);
    }

    @Transactional
    public ListingService.Decision rejectRevision(long revisionId, String reason, Long shownVersion, long adminId) {
        return logged(adminId, "revision.reject", listings.rejectRevision(revisionId, reason, shownVersion), reason);
    }

    private ListingService.Decision logged(long adminId, String action, ListingService.Decision decision,
            String note) {
        audit.record(adminId, action, "product", decision.productId(), decision.name(), decision.before(),
                decision.after(), note == null ? null : note.strip());
        return decision;
    }

    private WhatsappChange logged(long adminId, String action, WhatsappChange change) {
        audit.record(adminId, action, "member", change.memberId(), change.name(), "whatsapp=" + change.before(),
                "whatsapp=" + (change.approved() ? change.requested() : change.before()),
                change.approved() ? null : "whatsapp_requested=" + change.requested());
        return change;
    }

    private StatusChange logged(long adminId, String action, StatusChange change, String note) {
        audit.record(adminId, action, "member", change.memberId(), change.name(), "status=" + change.before(),
                "status=" + change.after(), note == null ? null : note.strip());
        return change;
    }
}
