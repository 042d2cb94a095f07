package id.etalase.moderation;

import id.etalase.account.AccountRoles;
import id.etalase.account.CurrentAccount;
import id.etalase.catalog.ListingService;
import id.etalase.catalog.PendingProductView;
import id.etalase.catalog.RevisionView;
import id.etalase.member.MemberLimits;
import id.etalase.member.PendingMemberView;
import id.etalase.member.StatusChange;
import id.etalase.member.WhatsappChange;
import id.etalase.member.WhatsappRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admins' approvals for API clients: the same queues and decisions as /admin, audited alike. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccountRoles.ADMIN)
@Tag(name = "Admin")
public class AdminResource {

    /** Why: shown to the member. */
    public record Reason(String reason) {

        /** A missing body is a missing reason, which the decision refuses like a blank one. */
        static String of(Reason body) {
            return body == null ? null : body.reason();
        }
    }

    @Inject
    ModerationService moderation;

    @Inject
    AuditLog audit;

    @Inject
    ReportService reports;

    @Inject
    CurrentAccount signedIn;

    @GET
    @Path("/members/pending")
    @Operation(operationId = "listPendingMembers", summary = "Registrations waiting, the longest waiting first")
    public List<PendingMemberView> pendingMembers() {
        return moderation.pendingMembers();
    }

    @POST
    @Path("/members/{id}/approve")
    @Operation(operationId = "approveMember", summary = "Approve a registration, as it was listed: the member becomes active")
    public StatusChange approveMember(@PathParam("id") long id,
            @Parameter(description = "The version of the item the decision is about, as listed (409 when it changed since)")
            @QueryParam("version") Long version) {
        return moderation.approveMember(id, version, admin());
    }

    @POST
    @Path("/members/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectMember", summary = "Reject a registration with a reason the member reads")
    public StatusChange rejectMember(@PathParam("id") long id,
            @Parameter(description = "The version of the item the decision is about, as listed (409 when it changed since)")
            @QueryParam("version") Long version, Reason reason) {
        return moderation.rejectMember(id, Reason.of(reason), version, admin());
    }

    @GET
    @Path("/members/whatsapp")
    @Operation(operationId = "listWhatsappChanges", summary = "Members asking to use a new WhatsApp number, the"
            + " longest waiting first")
    public List<WhatsappRequest> whatsappRequests() {
        return moderation.whatsappRequests();
    }

    @POST
    @Path("/members/{id}/whatsapp/approve")
    @Operation(operationId = "approveWhatsappChange", summary = "The member's new WhatsApp number, as listed, takes"
            + " effect: for logging in and for shoppers' chats")
    public WhatsappChange approveWhatsapp(@PathParam("id") long id,
            @Parameter(description = "The new number as listed (409 when the member asked for another since)")
            @QueryParam("number") String number) {
        return moderation.approveWhatsapp(id, number, admin());
    }

    @POST
    @Path("/members/{id}/whatsapp/reject")
    @Operation(operationId = "rejectWhatsappChange", summary = "Refuse the member's new WhatsApp number; the one in"
            + " use stays")
    public WhatsappChange rejectWhatsapp(@PathParam("id") long id,
            @Parameter(description = "The new number as listed (409 when the member asked for another since)")
            @QueryParam("number") String number) {
        return moderation.rejectWhatsapp(id, number, admin());
    }

    @POST
    @Path("/members/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendMember", summary = "Suspend an active member: all its products leave the site")
    public StatusChange suspendMember(@PathParam("id") long id, Reason reason) {
        return moderation.suspendMember(id, Reason.of(reason), admin());
    }

    @GET
    @Path("/members/{id}/limits")
    @Operation(operationId = "getMemberLimits", summary = "What one member may hold: products not archived and"
            + " photos uploaded but not on a product (null: the portal's default; products, stagedPhotos: in effect)")
    public ModerationService.LimitsInEffect memberLimits(@PathParam("id") long id) {
        return moderation.memberLimits(id);
    }

    @PUT
    @Path("/members/{id}/limits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMemberLimits", summary = "Raise (or lower) what one member may hold; null goes back"
            + " to the portal's default")
    public ModerationService.LimitsInEffect setMemberLimits(@PathParam("id") long id, MemberLimits limits) {
        return moderation.setMemberLimits(id, limits, admin());
    }

    @POST
    @Path("/members/{id}/reactivate")
    @Operation(operationId = "reactivateMember", summary = "Reactivate a suspended member")
    public StatusChange reactivateMember(@PathParam("id") long id) {
        return moderation.reactivateMember(id, admin());
    }

    @GET
    @Path("/products/pending")
    @Operation(operationId = "listPendingProducts", summary = "Submitted products, the longest waiting first")
    public List<PendingProductView> pendingProducts() {
        return moderation.pendingProducts();
    }

    @POST
    @Path("/products/{id}/approve")
    @Operation(operationId = "approveProduct", summary = "Publish a submitted product, as it was listed")
    public ListingService.Decision approveProduct(@PathParam("id") long id,
            @Parameter(description = "The version of the item the decision is about, as listed (409 when it changed since)")
            @QueryParam("version") Long version) {
        return moderation.approveProduct(id, version, admin());
    }

    @POST
    @Path("/products/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectProduct", summary = "Reject a submitted product with a reason")
    public ListingService.Decision rejectProduct(@PathParam("id") long id,
            @Parameter(description = "The version of the item the decision is about, as listed (409 when it changed since)")
            @QueryParam("version") Long version, Reason reason) {
        return moderation.rejectProduct(id, Reason.of(reason), version, admin());
    }

    @GET
    @Path("/revisions/pending")
    @Operation(operationId = "listPendingRevisions", summary = "Edits of live products, each field before and after")
    public List<RevisionView> pendingRevisions() {
        return moderation.pendingRevisions();
    }

    @POST
    @Path("/revisions/{id}/approve")
    @Operation(operationId = "approveRevision", summary = "Apply an edit to the live product, as it was listed")
    public ListingService.Decision approveRevision(@PathParam("id") long id,
            @Parameter(description = "The version of the item the decision is about, as listed (409 when it changed since)")
            @QueryParam("version") Long version) {
        return moderation.approveRevision(id, version, admin());
    }

    @POST
    @Path("/revisions/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectRevision", summary = "Reject an edit; the live product stays")
    public ListingService.Decision rejectRevision(@PathParam("id") long id,
            @Parameter(description = "The version of the item the decision is about, as listed (409 when it changed since)")
            @QueryParam("version") Long version, Reason reason) {
        return moderation.rejectRevision(id, Reason.of(reason), version, admin());
    }

    @GET
    @Path("/reports")
    @Operation(operationId = "listOpenReports", summary = "Products with open shoppers' reports, the longest"
            + " waiting first; each with its counts by reason and its reports, newest first")
    public List<ReportedProduct> openReports() {
        return reports.openReports();
    }

    @POST
    @Path("/reports/{productId}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "hideReportedProduct", summary = "Take a reported product off the site with a reason"
            + " the member reads; closes its open reports")
    public ReportDecision hideReportedProduct(@PathParam("productId") long productId, Reason reason) {
        return reports.hideProduct(productId, Reason.of(reason), admin());
    }

    @POST
    @Path("/reports/{productId}/suspend-member")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendReportedMember", summary = "Suspend the reported product's member with a"
            + " reason; closes the open reports on all its products")
    public ReportDecision suspendReportedMember(@PathParam("productId") long productId, Reason reason) {
        return reports.suspendMember(productId, Reason.of(reason), admin());
    }

    @POST
    @Path("/reports/{productId}/dismiss")
    @Operation(operationId = "dismissReports", summary = "Close a product's open reports; the product stays")
    public ReportDecision dismissReports(@PathParam("productId") long productId) {
        return reports.dismiss(productId, admin());
    }

    @GET
    @Path("/audit")
    @Operation(operationId = "listAuditLog", summary = "The latest 200 admin actions, newest first")
    public List<AuditView> audit() {
        return audit.latest(200);
    }

    private long admin() {
        return signedIn.account().id();
    }
}
