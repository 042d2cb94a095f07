package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.account.AccountService;
import id.etalase.account.AccountView;
import id.etalase.account.CurrentAccount;
import id.etalase.catalog.DecidedProductView;
import id.etalase.catalog.PendingProductView;
import id.etalase.catalog.PhotoService;
import id.etalase.catalog.PhotoView;
import id.etalase.catalog.QueuedProduct;
import id.etalase.catalog.RevisionView;
import id.etalase.common.ConflictException;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.common.TypedText;
import id.etalase.enquiry.WhatsAppLinks;
import id.etalase.i18n.AdminMessages;
import id.etalase.i18n.Messages;
import id.etalase.member.AdminMemberView;
import id.etalase.member.MemberLimits;
import id.etalase.member.MemberService;
import id.etalase.member.PendingMemberView;
import id.etalase.member.WhatsappRequest;
import id.etalase.moderation.AuditLog;
import id.etalase.moderation.AuditView;
import id.etalase.moderation.ModerationService;
import id.etalase.reference.ReferenceData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** The admins' area: the approval queue, the member list with suspension and reset links, the audit log. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AccountRoles.ADMIN)
public class AdminPages {

    static final int MEMBER_LIST_SIZE = 50;
    static final int AUDIT_LIST_SIZE = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageMeta meta, List<PendingMemberView> members, String notice,
                String error, long errorFor, Map<Long, PhotoView> logos, Map<String, String> sectorNames,
                Map<Long, List<QueuedProduct>> queued, Kabari kabari, List<WhatsappRequest> numbers,
                Map<Long, String> numberChecks);

        static native TemplateInstance members(PageMeta meta, String query, List<AdminMemberView> members,
                String notice, String error, long errorFor);

        static native TemplateInstance limits(PageMeta meta, ModerationService.MemberLimitsPage page, Form form,
                String notice);

        static native TemplateInstance resetLink(PageMeta meta, ModerationService.ResetLink reset, String link,
                String whatsapp);

        static native TemplateInstance audit(PageMeta meta, List<AuditView> entries);

        static native TemplateInstance products(PageMeta meta, List<PendingProductView> products,
                List<RevisionView> revisions, String notice, String error, long errorFor, long revisionErrorFor,
                Map<String, String> sectorNames, Set<Long> waitingForMember, Kabari kabari);
    }

    @Inject
    PageRequest view;

    @Inject
    ModerationService moderation;

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    PhotoService photos;

    @Inject
    PublicUrls urls;

    @Inject
    CurrentAccount signedIn;

    @Inject
    ReferenceData reference;

    @GET
    public TemplateInstance queue(@QueryParam("pesan") String notice, @QueryParam("galat") String error,
            @QueryParam("id") Long errorFor, @QueryParam("kabari") String decided, @QueryParam("lanjut") String next) {
        AdminMessages msg = view.adminMessages();
        return queuePage(notice(notice, msg), error(error, msg), errorFor == null ? 0 : errorFor,
                kabari(decided, next));
    }

    /**
     * The queue of registrations as it is now, each with its logo, its sector's name and the products sent with it;
     * after a decision, the notice to tell the member stands where the decided card was.
     */
    private TemplateInstance queuePage(String notice, String error, long errorFor, Kabari kabari) {
        List<PendingMemberView> pending = moderation.pendingMembers();
        List<WhatsappRequest> numbers = moderation.whatsappRequests();
        AdminMessages msg = view.adminMessages();
        String site = Pages.siteName();
        Map<Long, String> checks = new java.util.HashMap<>();
        numbers.forEach(n -> checks.put(n.memberId(), WhatsAppLinks.chat(n.requested(),
                msg.admin_whatsapp_numberCheck(n.businessName(), site))));
        return view.page(Templates.queue(view.meta(msg.admin_title(), "/admin"), pending, notice,
                error, errorFor, photos.viewsOf(pending.stream().map(PendingMemberView::logoPhotoId)
                        .filter(Objects::nonNull).toList()), sectorNames(),
                moderation.queuedProductsOf(pending.stream().map(PendingMemberView::id).toList()),
                placed(kabari, memberCards(pending)), numbers, checks));
    }

    private static List<String> memberCards(List<PendingMemberView> pending) {
        return pending.stream().map(m -> "anggota-" + m.id()).toList();
    }

    @POST
    @Path("anggota/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestForm long id, @RestForm Long version) {
        String next = nextCard(memberCards(moderation.pendingMembers()), "anggota-" + id);
        return shownVersion(() -> {
            moderation.approveMember(id, version, admin().id());
            return seeOther(decidedIn("/admin", "disetujui", "anggota-" + id, next));
        }, changed -> queuePage(changed, null, 0, null));
    }

    @POST
    @Path("anggota/tolak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestForm long id, @RestForm String reason, @RestForm Long version) {
        String next = nextCard(memberCards(moderation.pendingMembers()), "anggota-" + id);
        return shownVersion(() -> decided(() -> moderation.rejectMember(id, reason, version, admin().id()),
                decidedIn("/admin", "ditolak", "anggota-" + id, next),
                QueryUrl.link("/admin", "galat", "alasan", "id", id) + "#anggota-" + id),
                changed -> queuePage(changed, null, 0, null));
    }

    /** A member's new WhatsApp number, as the admin was shown it, takes effect. */
    @POST
    @Path("nomor/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveNumber(@RestForm long id, @RestForm String nomor) {
        return numberDecision(() -> moderation.approveWhatsapp(id, nomor, admin().id()), "nomor-diganti", id);
    }

    @POST
    @Path("nomor/tolak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectNumber(@RestForm long id, @RestForm String nomor) {
        return numberDecision(() -> moderation.rejectWhatsapp(id, nomor, admin().id()), "nomor-ditolak", id);
    }

    /** A decision on a number; when the request moved since the page was shown, the queue as it is now (409). */
    private Response numberDecision(Runnable decision, String outcome, long id) {
        try {
            decision.run();
            return seeOther(decidedIn("/admin", outcome, "nomor-" + id, null));
        } catch (ConflictException e) {
            return Response.status(409).entity(queuePage(null, Messages.text(view.language(), e.code(), e.args()),
                    0, null)).build();
        }
    }

    @GET
    @Path("anggota")
    public TemplateInstance members(@QueryParam("q") String query, @QueryParam("pesan") String notice,
            @QueryParam("galat") String error, @QueryParam("id") Long errorFor) {
        AdminMessages msg = view.adminMessages();
        String text = TypedText.searchWords(query);
        return view.page(Templates.members(view.meta(msg.admin_members_title(), "/admin/anggota"), text,
                members.search(text, MEMBER_LIST_SIZE), notice(notice, msg), error(error, msg),
                errorFor == null ? 0 : errorFor));
    }

    @POST
    @Path("anggota/tangguhkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@RestForm long id, @RestForm String reason) {
        return decided(() -> moderation.suspendMember(id, reason, admin().id()),
                "/admin/anggota?pesan=ditangguhkan", QueryUrl.link("/admin/anggota", "galat", "alasan", "id", id));
    }

    @POST
    @Path("anggota/aktifkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@RestForm long id) {
        moderation.reactivateMember(id, admin().id());
        return seeOther("/admin/anggota?pesan=diaktifkan");
    }

    /** One member's caps: what they hold, what they may hold, and a form to raise (or lower) it. */
    @GET
    @Path("anggota/batas")
    public TemplateInstance limits(@QueryParam("member") long id, @QueryParam("pesan") String notice) {
        ModerationService.MemberLimitsPage page = moderation.memberLimitsPage(id);
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("maxProducts", text(page.limits().maxProducts()));
        typed.put("maxStagedPhotos", text(page.limits().maxStagedPhotos()));
        return limitsPage(page, Form.of(typed), notice(notice, view.adminMessages()));
    }

    /** Sets one member's caps through the same audited change as the API; empty goes back to the default. */
    @POST
    @Path("anggota/batas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setLimits(@RestForm long id, @RestForm String maxProducts, @RestForm String maxStagedPhotos) {
        try {
            moderation.setMemberLimits(id, MemberLimits.typed(maxProducts, maxStagedPhotos), admin().id());
            return seeOther(QueryUrl.link("/admin/anggota/batas", "member", id, "pesan", "batas-disimpan"));
        } catch (InvalidInputException e) {
            Map<String, String> typed = new java.util.HashMap<>();
            typed.put("maxProducts", maxProducts);
            typed.put("maxStagedPhotos", maxStagedPhotos);
            Form form = Form.of(typed).withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
            return Response.status(400).entity(limitsPage(moderation.memberLimitsPage(id), form, null)).build();
        }
    }

    private TemplateInstance limitsPage(ModerationService.MemberLimitsPage page, Form form, String notice) {
        return view.page(Templates.limits(view.meta(view.adminMessages().admin_limits_title(page.member().name()),
                "/admin/anggota"), page, form, notice));
    }

    private static String text(Integer number) {
        return number == null ? "" : String.valueOf(number);
    }

    /** Shown once: the link is not stored, only its hash. */
    @POST
    @Path("anggota/tautan-sandi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance resetLink(@RestForm long id) {
        AdminMessages msg = view.adminMessages();
        ModerationService.ResetLink reset = moderation.passwordReset(id, admin().id());
        String link = urls.absolute(QueryUrl.link("/sandi-baru", "token", reset.token()));
        String chat = WhatsAppLinks.chat(reset.phone(), view.messages().whatsapp_reset(reset.businessName(), link,
                Pages.siteName()));
        return view.page(Templates.resetLink(view.meta(msg.admin_reset_title(), "/admin/anggota"), reset, link, chat));
    }

    @GET
    @Path("produk")
    public TemplateInstance products(@QueryParam("pesan") String notice, @QueryParam("galat") String error,
            @QueryParam("id") Long errorFor, @QueryParam("revisi") Long revisionErrorFor,
            @QueryParam("kabari") String decided, @QueryParam("lanjut") String next) {
        AdminMessages msg = view.adminMessages();
        return productsPage(notice(notice, msg), error(error, msg), errorFor == null ? 0 : errorFor,
                revisionErrorFor == null ? 0 : revisionErrorFor, kabari(decided, next));
    }

    /**
     * The queue of products and edits as it is now, each product flagged when its member is not approved yet; after
     * a decision, the notice to tell the member stands where the decided card was.
     */
    private TemplateInstance productsPage(String notice, String error, long errorFor, long revisionErrorFor,
            Kabari kabari) {
        List<PendingProductView> products = moderation.pendingProducts();
        List<RevisionView> revisions = moderation.pendingRevisions();
        List<String> cards = new java.util.ArrayList<>(productCards(products));
        cards.addAll(revisionCards(revisions));
        return view.page(Templates.products(view.meta(view.adminMessages().admin_products_title(), "/admin/produk"),
                products, revisions, notice, error, errorFor, revisionErrorFor, sectorNames(),
                moderation.queuedWithMemberNotActive(), placed(kabari, cards)));
    }

    private static List<String> productCards(List<PendingProductView> products) {
        return products.stream().map(p -> "produk-" + p.id()).toList();
    }

    private static List<String> revisionCards(List<RevisionView> revisions) {
        return revisions.stream().map(r -> "revisi-" + r.id()).toList();
    }

    @POST
    @Path("produk/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveProduct(@RestForm long id, @RestForm Long version) {
        String next = nextCard(productCards(moderation.pendingProducts()), "produk-" + id);
        return shownVersion(() -> {
            moderation.approveProduct(id, version, admin().id());
            return seeOther(decidedIn("/admin/produk", "produk-tayang", "produk-" + id, next));
        }, this::productsQueueNow);
    }

    @POST
    @Path("produk/tolak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectProduct(@RestForm long id, @RestForm String reason, @RestForm Long version) {
        String next = nextCard(productCards(moderation.pendingProducts()), "produk-" + id);
        return shownVersion(() -> decided(() -> moderation.rejectProduct(id, reason, version, admin().id()),
                decidedIn("/admin/produk", "produk-ditolak", "produk-" + id, next),
                QueryUrl.link("/admin/produk", "galat", "alasan", "id", id) + "#produk-" + id),
                this::productsQueueNow);
    }

    @POST
    @Path("revisi/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveRevision(@RestForm long id, @RestForm Long version) {
        String next = nextCard(revisionCards(moderation.pendingRevisions()), "revisi-" + id);
        return shownVersion(() -> {
            moderation.approveRevision(id, version, admin().id());
            return seeOther(decidedIn("/admin/produk", "revisi-tayang", "revisi-" + id, next));
        }, this::productsQueueNow);
    }

    @POST
    @Path("revisi/tolak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectRevision(@RestForm long id, @RestForm String reason, @RestForm Long version) {
        String next = nextCard(revisionCards(moderation.pendingRevisions()), "revisi-" + id);
        return shownVersion(() -> decided(() -> moderation.rejectRevision(id, reason, version, admin().id()),
                decidedIn("/admin/produk", "revisi-ditolak", "revisi-" + id, next),
                QueryUrl.link("/admin/produk", "galat", "alasan", "revisi", id) + "#revisi-" + id),
                this::productsQueueNow);
    }

    private TemplateInstance productsQueueNow(String changed) {
        return productsPage(changed, null, 0, 0, null);
    }

    /**
     * Where a decision leads: back to its queue with the outcome, the decided item to tell its member about (read
     * again from the database, never from the address) and the card that took its place, scrolled to.
     */
    static String decidedIn(String queue, String outcome, String decided, String next) {
        return QueryUrl.link(queue, "pesan", outcome, "kabari", decided, "lanjut", next)
                + (next == null ? "" : "#" + next);
    }

    /** The card after the decided one in its list, else the one before (it was the last), else none. */
    static String nextCard(List<String> cards, String decided) {
        int at = cards.indexOf(decided);
        if (at < 0) {
            return null;
        }
        return at + 1 < cards.size() ? cards.get(at + 1) : at > 0 ? cards.get(at - 1) : null;
    }

    /** The notice stays before its card while that card is in the queue, else it goes to the top. */
    private static Kabari placed(Kabari kabari, List<String> cards) {
        return kabari == null || cards.contains(kabari.before()) ? kabari : kabari.at(null);
    }

    /** The sectors' names in the page's language, by slug. */
    private Map<String, String> sectorNames() {
        boolean english = "en".equals(view.language());
        Map<String, String> names = new java.util.HashMap<>();
        reference.sectors().forEach(s -> names.put(s.slug(), english ? s.nameEn() : s.nameId()));
        return names;
    }

    private static final Pattern DECIDED = Pattern.compile("(anggota|nomor|produk|revisi)-(\\d{1,18})");

    /**
     * The "Kabari lewat WhatsApp" notice for the member of a decided registration, product or edit, with the text
     * built from what the database holds now (so nothing in the address can put words in it); none while nothing was
     * decided.
     */
    private Kabari kabari(String decided, String next) {
        Matcher subject = decided == null ? null : DECIDED.matcher(decided);
        if (subject == null || !subject.matches()) {
            return null;
        }
        long id = Long.parseLong(subject.group(2));
        AdminMessages msg = view.adminMessages();
        String site = Pages.siteName();
        String account = urls.absolute("/akun");
        try {
            return switch (subject.group(1)) {
                case "anggota" -> moderation.decidedMember(id).flatMap(m -> Optional.ofNullable(memberText(m, msg,
                        site, account)).map(text -> new Kabari(m.name(), WhatsAppLinks.chat(m.whatsapp(), text),
                                next))).orElse(null);
                case "nomor" -> moderation.decidedWhatsapp(id).map(d -> new Kabari(d.member().name(),
                        WhatsAppLinks.chat(d.member().whatsapp(), numberText(d, msg, site, account)), null))
                        .orElse(null);
                case "produk" -> moderation.decidedProduct(id).flatMap(p -> Optional.ofNullable(productText(p, msg,
                        site, account)).map(text -> kabariFor(p, text, next))).orElse(null);
                default -> moderation.decidedRevision(id).flatMap(r -> Optional.ofNullable(revisionText(r, msg,
                        site, account)).map(text -> kabariFor(r, text, next))).orElse(null);
            };
        } catch (IllegalArgumentException noNumber) {
            return null;
        }
    }

    /** Approved: they may post products; rejected: the reason and where to fix it. Nothing while it waits. */
    private static String memberText(AdminMemberView m, AdminMessages msg, String site, String account) {
        String owner = greeted(m.owner(), m.name());
        return switch (m.status()) {
            case "active" -> msg.admin_whatsapp_memberApproved(owner, m.name(), site, account);
            case "rejected" -> msg.admin_whatsapp_memberRejected(owner, m.name(), site, m.reviewNote(), account);
            default -> null;
        };
    }

    /** Changed: log in with this number from now on; refused: the number in use stays. */
    private static String numberText(ModerationService.DecidedWhatsapp d, AdminMessages msg, String site,
            String account) {
        String owner = greeted(d.member().owner(), d.member().name());
        return d.approved() ? msg.admin_whatsapp_numberApproved(owner, d.member().name(), site, account)
                : msg.admin_whatsapp_numberRejected(owner, d.member().name(), site);
    }

    /** Live: its link; approved while the member waits: when it goes live; rejected: the reason and how to fix it. */
    private String productText(DecidedProductView p, AdminMessages msg, String site, String account) {
        String owner = greeted(p.owner(), p.business());
        return switch (p.status()) {
            case "published" -> p.live()
                    ? msg.admin_whatsapp_productApproved(owner, p.business(), p.name(), site, urls.product(p.slug()))
                    : msg.admin_whatsapp_productApprovedWaiting(owner, p.business(), p.name(), site);
            case "rejected" -> msg.admin_whatsapp_productRejected(owner, p.business(), p.name(), site, p.reviewNote(),
                    account);
            default -> null;
        };
    }

    private String revisionText(DecidedProductView r, AdminMessages msg, String site, String account) {
        String owner = greeted(r.owner(), r.business());
        return switch (r.status()) {
            case "approved" -> msg.admin_whatsapp_revisionApproved(owner, r.business(), r.name(), site,
                    urls.product(r.slug()));
            case "rejected" -> msg.admin_whatsapp_revisionRejected(owner, r.business(), r.name(), site, r.reviewNote(),
                    account);
            default -> null;
        };
    }

    private static Kabari kabariFor(DecidedProductView product, String text, String next) {
        return new Kabari(product.business(), WhatsAppLinks.chat(product.whatsapp(), text), next);
    }

    /** Whom the message greets: the owner by name, else the business. */
    private static String greeted(String owner, String business) {
        return owner == null || owner.isBlank() ? business : owner;
    }

    /**
     * A decision on a member, product or edit as the admin was shown it. Changed by its member since: the queue
     * again (409, built by queueNow with the notice), with the item's content as it is now and a notice to look
     * before deciding.
     */
    private Response shownVersion(Supplier<Response> decision,
            Function<String, TemplateInstance> queueNow) {
        try {
            return decision.get();
        } catch (ConflictException e) {
            if (e.current().isEmpty()) {
                throw e;
            }
            String changed = Messages.text(view.language(), e.code(), e.args());
            return Response.status(409).entity(queueNow.apply(changed)).build();
        }
    }

    @GET
    @Path("audit")
    public TemplateInstance audit() {
        AdminMessages msg = view.adminMessages();
        return view.page(Templates.audit(view.meta(msg.admin_audit_title(), "/admin/audit"), audit.latest(AUDIT_LIST_SIZE)));
    }

    private AccountView admin() {
        return signedIn.account();
    }

    private static String notice(String code, AdminMessages msg) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "disetujui" -> msg.admin_notice_approved();
            case "nomor-diganti" -> msg.admin_notice_numberChanged();
            case "nomor-ditolak" -> msg.admin_notice_numberRefused();
            case "ditolak" -> msg.admin_notice_rejected();
            case "ditangguhkan" -> msg.admin_notice_suspended();
            case "diaktifkan" -> msg.admin_notice_reactivated();
            case "batas-disimpan" -> msg.admin_notice_limitsSaved();
            case "produk-tayang" -> msg.admin_notice_productApproved();
            case "produk-ditolak" -> msg.admin_notice_productRejected();
            case "revisi-tayang" -> msg.admin_notice_revisionApproved();
            case "revisi-ditolak" -> msg.admin_notice_revisionRejected();
            default -> null;
        };
    }

    private static String error(String code, AdminMessages msg) {
        return "alasan".equals(code) ? msg.moderation_reasonRequired() : null;
    }

    /** A decision that needs a reason: on to the outcome, or back to the form saying the reason is missing. */
    private static Response decided(Runnable decision, String done, String reasonMissing) {
        try {
            decision.run();
            return seeOther(done);
        } catch (InvalidInputException e) {
            return seeOther(reasonMissing);
        }
    }

    private static Response seeOther(String path) {
        return Pages.seeOther(path);
    }
}
