package id.etalase.web;

import id.etalase.account.AccountView;
import id.etalase.account.CurrentAccount;
import id.etalase.account.PasswordStrength;
import id.etalase.catalog.ListingInput;
import id.etalase.catalog.ListingService;
import id.etalase.catalog.OwnProductView;
import id.etalase.catalog.PhotoService;
import id.etalase.catalog.PhotoView;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Page;
import id.etalase.common.QueryUrl;
import id.etalase.common.RateLimited;
import id.etalase.enquiry.MemberStats;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.SellerMessages;
import id.etalase.member.MemberProfile;
import id.etalase.member.MemberService;
import id.etalase.member.OwnMemberView;
import id.etalase.reference.ReferenceData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The member's dashboard (/akun) with their products and what they brought, and the listing form. Paths are
 * declared per method: a class-level /akun would hide AccountPages' /akun/… pages from the router.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardPages {

    static final int STATS_DAYS = 30;
    /** Products on one page of the dashboard. */
    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(PageMeta meta, AccountView account, OwnMemberView member,
                List<ProductRow> products, MemberStats.Counts total, String notice, String query, String showing,
                List<Link> pages);

        static native TemplateInstance listing(PageMeta meta, Form form, Long id, boolean published,
                List<ReferenceData.SectorName> sectors, List<PhotoView> photos, int maxPhotos, String notice);
    }

    /** A product in the dashboard with its views and enquiries of the last 30 days. */
    public record ProductRow(OwnProductView product, MemberStats.Counts counts) {
    }

    @Inject
    PageRequest view;

    @Inject
    CurrentAccount signedIn;

    @Inject
    MemberService members;

    @Inject
    ListingService listings;

    @Inject
    MemberStats stats;

    @Inject
    PhotoService photos;

    @Inject
    ReferenceData reference;

    @GET
    @Path("akun")
    public TemplateInstance dashboard(@QueryParam("pesan") String notice, @QueryParam("saran") String advice,
            @QueryParam("q") String query, @QueryParam("page") String page) {
        AccountView account = signedIn.account();
        AppMessages msg = view.messages();
        OwnMemberView member = null;
        List<ProductRow> rows = List.of();
        MemberStats.Counts total = MemberStats.Counts.NONE;
        String showing = null;
        List<Link> pages = List.of();
        String text = query == null ? null : query.strip();
        if (account.memberId() != null) {
            member = members.ownView(account.memberId()).orElse(null);
            Map<Long, MemberStats.Counts> counts = stats.perProduct(account.memberId(), STATS_DAYS);
            Page<OwnProductView> own = listings.ownProducts(account.memberId(), text, pageNumber(page), PAGE_SIZE);
            rows = own.items().stream()
                    .map(p -> new ProductRow(p, counts.getOrDefault(p.id(), MemberStats.Counts.NONE))).toList();
            total = MemberStats.total(counts);
            if (own.total() > 0) {
                long from = (long) (own.page() - 1) * own.size() + 1;
                showing = msg.dashboard_showing(from, from + rows.size() - 1, own.total());
            }
            QueryUrl current = new QueryUrl("/akun", Map.of("q", text == null ? "" : text));
            pages = ResultLinks.pages(own.page(), own.pageCount(), current, msg);
        }
        return view.page(Templates.account(view.meta(msg.account_title(), "/akun"), account, member, rows, total,
                withAdvice(notice(notice, msg, view.sellerMessages()), advice, msg),
                text == null || text.isEmpty() ? null : text, showing,
                pages));
    }

    /** The page asked for; anything that is not a number is the first. */
    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GET
    @Path("akun/produk/baru")
    public TemplateInstance newListing(@QueryParam("pesan") String notice, @QueryParam("saran") String advice) {
        long member = signedIn.memberId();
        members.refuseChangesWhileSuspended(member);
        // Most of a seller's products are of the business's own sector.
        String sector = members.profile(member).map(MemberProfile::sector).orElse(null);
        AppMessages msg = view.messages();
        String registered = "terdaftar".equals(notice) ? view.sellerMessages().notice_registeredAddProduct() : null;
        return listing(Form.of(sector == null ? Map.of() : Map.of("sector", sector)), null, false, List.of(),
                withAdvice(registered, advice, msg));
    }

    @GET
    @Path("akun/produk/ubah")
    public TemplateInstance editListing(@QueryParam("id") long id) {
        long member = signedIn.memberId();
        ListingInput input = listings.form(member, id).orElseThrow(NotFoundException::new);
        members.refuseChangesWhileSuspended(member);
        return listing(Form.of(values(input)), id, published(member, id), photos.views(member, input.photoIds()),
                null);
    }

    /**
     * Saves a new or changed listing with its photos; "ajukan" also submits it for an admin's review. The photos
     * uploaded with a form that comes back (a field to fix, a file refused) are kept and shown again with it.
     */
    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("akun/produk/simpan")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response save(@RestForm Long id, @RestForm String name, @RestForm String description,
            @RestForm String price, @RestForm String unit, @RestForm String sector, @RestForm String aksi,
            @RestForm("photo") List<Long> shown, @RestForm("hapus") List<Long> removed, @RestForm Long cover,
            @RestForm("photos") List<FileUpload> uploads) {
        boolean submit = "ajukan".equals(aksi);
        long member = signedIn.memberId();
        List<Long> kept = shown == null ? null
                : shown.stream().filter(photo -> removed == null || !removed.contains(photo)).toList();
        ListingService.FormPhotos sent = listings.formPhotos(member, kept, cover, Uploads.files(uploads));
        List<Long> photoIds = sent.ids();
        // A form without photo fields (an old page, a script) leaves the product's photos as they are.
        boolean photosSent = kept != null || uploads != null;
        ListingInput input = new ListingInput(name, description, price, unit, sector, photosSent ? photoIds : null);
        try {
            if (!sent.errors().isEmpty()) {
                throw new InvalidInputException(sent.errors());
            }
            ListingService.Outcome outcome = id == null ? listings.create(member, input, submit).outcome()
                    : listings.update(member, id, input, submit);
            return Pages.seeOther(QueryUrl.link("/akun", "pesan",
                    outcome.name().toLowerCase(java.util.Locale.ROOT)));
        } catch (InvalidInputException e) {
            Form form = Form.of(values(input)).withErrors(ProblemMapper.fields(e.errors(), e.violations(),
                    view.language()));
            return Response.status(400).entity(listing(form, id, id != null && published(member, id),
                    photos.views(member, photoIds), null)).build();
        }
    }

    private boolean published(long member, long id) {
        return listings.ownProduct(member, id).map(OwnProductView::isPublished).orElse(false);
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("akun/produk/ajukan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestForm long id) {
        ListingService.Outcome outcome = listings.submit(signedIn.memberId(), id);
        return Pages.seeOther(QueryUrl.link("/akun", "pesan",
                outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("akun/produk/arsipkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@RestForm long id) {
        listings.archive(signedIn.memberId(), id);
        return Pages.seeOther("/akun?pesan=diarsipkan");
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("akun/produk/tayangkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response show(@RestForm long id) {
        ListingService.Outcome outcome = listings.show(signedIn.memberId(), id);
        return Pages.seeOther(QueryUrl.link("/akun", "pesan", outcome == ListingService.Outcome.LIVE
                || outcome == ListingService.Outcome.UPDATED ? "ditayangkan"
                : outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private TemplateInstance listing(Form form, Long id, boolean published, List<PhotoView> shown, String notice) {
        AppMessages msg = view.messages();
        return view.page(Templates.listing(view.meta(id == null ? msg.listing_new() : msg.listing_edit(),
                id == null ? "/akun/produk/baru" : "/akun/produk/ubah"), form, id, published, reference.sectors(),
                shown, PhotoService.MAX_PER_PRODUCT, notice));
    }

    private static Map<String, String> values(ListingInput input) {
        Map<String, String> values = new HashMap<>();
        values.put("name", input.name());
        values.put("description", input.description());
        values.put("price", input.price());
        values.put("unit", input.unit());
        values.put("sector", input.sector());
        return values;
    }

    /** After a password was set: zxcvbn's advice on a guessable one, in the reader's language. */
    private static String withAdvice(String notice, String code, AppMessages msg) {
        String advice = PasswordStrength.Advice.ofCode(code).map(kind -> switch (kind) {
            case COMMON -> msg.password_advice_common();
            case WORD -> msg.password_advice_word();
            case KEYBOARD -> msg.password_advice_keyboard();
            case REPEAT -> msg.password_advice_repeat();
            case SEQUENCE -> msg.password_advice_sequence();
            case DATE -> msg.password_advice_date();
            case LONGER -> msg.password_advice_longer();
        }).orElse(null);
        return advice == null ? notice : notice == null ? advice : notice + " " + advice;
    }

    private static String notice(String code, AppMessages msg, SellerMessages seller) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "terdaftar" -> msg.notice_registered();
            case "sandi" -> msg.notice_passwordChanged();
            case "diajukan" -> msg.notice_resubmitted();
            case "profil" -> msg.notice_profileSaved();
            case "draft_saved", "updated" -> msg.notice_listingSaved();
            case "submitted" -> msg.notice_listingSubmitted();
            case "submitted_with_application" -> msg.notice_listingWaitsForMember();
            case "live" -> msg.notice_listingLive();
            case "revision_pending" -> msg.notice_listingRevision();
            case "diarsipkan" -> msg.notice_listingArchived();
            case "ditayangkan" -> seller.notice_listingShown();
            case "nomor-diminta" -> seller.notice_whatsappRequested();
            case "nomor-batal" -> seller.notice_whatsappCancelled();
            default -> null;
        };
    }
}
