package id.etalase.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.etalase.account.AccountRoles;
import id.etalase.account.AccountView;
import id.etalase.account.CurrentAccount;
import id.etalase.common.ClientNetworks;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in account and its member business, for API clients (session cookie or HTTP Basic). */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My account")
@Authenticated
public class MeResource {

    /** Who is logged in: the login number, the role and, for a member, the business and its approval state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(String phone, String role, OwnMemberView member) {
    }

    @Inject
    CurrentAccount signedIn;

    @Inject
    MemberService members;

    @GET
    @Operation(operationId = "getMe", summary = "The logged-in account and its member business")
    public Me me() {
        AccountView account = signedIn.account();
        OwnMemberView member = account.memberId() == null ? null : members.ownView(account.memberId()).orElse(null);
        return new Me(account.phone(), account.role(), member);
    }

    @GET
    @Path("/profile")
    @RolesAllowed(AccountRoles.MEMBER)
    @Operation(operationId = "getMyProfile", summary = "My business profile as the profile form shows it")
    public MemberProfile profile() {
        return members.profile(signedIn.memberId()).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("/profile")
    @RolesAllowed(AccountRoles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyProfile", summary = "Change my business profile; live at once for an"
            + " active member")
    public MemberProfile updateProfile(MemberProfile profile) {
        if (profile == null) {
            throw new InvalidInputException(FieldError.of("body", "problem_bodyRequired"));
        }
        members.updateProfile(signedIn.memberId(), profile);
        return members.profile(signedIn.memberId()).orElseThrow(NotFoundException::new);
    }

    /** A new WhatsApp number asked for with the account's password; it takes effect when an admin confirms it. */
    public record WhatsappRequestBody(String whatsapp, String password) {
    }

    @PUT
    @Path("/whatsapp")
    @RolesAllowed(AccountRoles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestMyWhatsappChange", summary = "Ask to use another WhatsApp number (with my"
            + " password); the number in use stays until an admin confirms the new one")
    public OwnMemberView requestWhatsapp(WhatsappRequestBody body, @Context HttpServerRequest request) {
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "problem_bodyRequired"));
        }
        return members.requestWhatsapp(signedIn.memberId(), signedIn.account().id(), body.whatsapp(),
                body.password(), ClientNetworks.addressOf(request));
    }

    @DELETE
    @Path("/whatsapp")
    @RolesAllowed(AccountRoles.MEMBER)
    @Operation(operationId = "cancelMyWhatsappChange", summary = "Withdraw my request for another WhatsApp number")
    public OwnMemberView cancelWhatsapp() {
        return members.cancelWhatsappRequest(signedIn.memberId());
    }
}
