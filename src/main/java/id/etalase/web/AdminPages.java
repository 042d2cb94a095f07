package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.account.AccountService;
import id.etalase.account.AccountView;
import id.etalase.account.CurrentAccount;
import id.etalase.catalog.PendingProductView;
import id.etalase.catalog.PhotoService;
import id.etalase.catalog.PhotoView;
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
import id.etalase.moderation.AuditLog;
import id.etalase.moderation.AuditView;
import id.etalase.moderation.ModerationService;
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
import java.util.function.Function;
import java.util.function.Supplier;
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
                String error, long errorFor, Map<Long, PhotoView> logos);

        static native TemplateInstance members(PageMeta meta, String query, List<AdminMemberView> members,
                String notice, String error, long errorFor);

        static native TemplateInstance limits(PageMeta meta, ModerationService.MemberLimitsPage page, Form form,
                String notice);

        static native TemplateInstance resetLink(PageMeta meta, ModerationService.ResetLink reset, String link,
                String whatsapp);

        static native TemplateInstance audit(PageMeta meta, List<AuditView> entries);

        static native TemplateInstance products(PageMeta meta, List<PendingProductView> products,
                List<RevisionView> revisions, String notice, String error, long errorFor, long revisionErrorFor);
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

    @GET
    public TemplateInstance queue(@QueryParam("pesan") String notice, @QueryParam("galat") String error,
            @QueryParam("id") Long errorFor) {
        AdminMessages msg = view.adminMessages();
        return queuePage(notice(notice, msg), error(error, msg), errorFor == null ? 0 : errorFor);
    }

    /** The queue of registrations as it is now, each with its logo. */
    private TemplateInstance queuePage(String notice, String error, long errorFor) {
        List<PendingMemberView> pending = moderation.pendingMembers();
        return view.page(Templates.queue(view.meta(view.adminMessages().admin_title(), "/admin"), pending, notice,
                error, errorFor, photos.viewsOf(pending.stream().map(PendingMemberView::logoPhotoId)
                        .filter(Objects::nonNull).toList())));
    }

    @POST
    @Path("anggota/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestForm long id, @RestForm Long version) {
        return shownVersion(() -> {
            moderation.approveMember(id, version, admin().id());
            return seeOther("/admin?pesan=disetujui");
        }, changed -> queuePage(changed, null, 0));
    }

    @POST
    @Path("anggota/tolak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestForm long id, @RestForm String reason, @RestForm Long version) {
        return shownVersion(() -> decided(() -> moderation.rejectMember(id, reason, version, admin().id()),
                "/admin?pesan=ditolak", QueryUrl.link("/admin", "galat", "alasan", "id", id)),
                changed -> queuePage(changed, null, 0));
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
            @QueryParam("id") Long errorFor, @QueryParam("revisi") Long revisionErrorFor) {
        AdminMessages msg = view.adminMessages();
        return productsPage(notice(notice, msg), error(error, msg), errorFor == null ? 0 : errorFor,
                revisionErrorFor == null ? 0 : revisionErrorFor);
    }

    /** The queue of products and edits as it is now. */
    private TemplateInstance productsPage(String notice, String error, long errorFor, long revisionErrorFor) {
        return view.page(Templates.products(view.meta(view.adminMessages().admin_products_title(), "/admin/produk"),
                moderation.pendingProducts(), moderation.pendingRevisions(), notice, error, errorFor,
                revisionErrorFor));
    }

    @POST
    @Path("produk/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveProduct(@RestForm long id, @RestForm Long version) {
        return shownVersion(() -> {
            moderation.approveProduct(id, version, admin().id());
            return seeOther("/admin/produk?pesan=produk-tayang");
        }, this::productsQueueNow);
    }

    @POST
    @Path("produk/tolak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectProduct(@RestForm long id, @RestForm String reason, @RestForm Long version) {
        return shownVersion(() -> decided(() -> moderation.rejectProduct(id, reason, version, admin().id()),
                "/admin/produk?pesan=produk-ditolak", QueryUrl.link("/admin/produk", "galat", "alasan", "id", id)),
                this::productsQueueNow);
    }

    @POST
    @Path("revisi/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveRevision(@RestForm long id, @RestForm Long version) {
        return shownVersion(() -> {
            moderation.approveRevision(id, version, admin().id());
            return seeOther("/admin/produk?pesan=revisi-tayang");
        }, this::productsQueueNow);
    }

    @POST
    @Path("revisi/tolak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rejectRevision(@RestForm long id, @RestForm String reason, @RestForm Long version) {
        return shownVersion(() -> decided(() -> moderation.rejectRevision(id, reason, version, admin().id()),
                "/admin/produk?pesan=revisi-ditolak", QueryUrl.link("/admin/produk", "galat", "alasan", "revisi",
                        id)), this::productsQueueNow);
    }

    private TemplateInstance productsQueueNow(String changed) {
        return productsPage(changed, null, 0, 0);
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
