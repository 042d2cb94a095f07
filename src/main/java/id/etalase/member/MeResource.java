package id.etalase.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.etalase.account.AccountService;
import id.etalase.account.AccountView;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
    SecurityIdentity identity;

    @Inject
    AccountService accounts;

    @Inject
    MemberService members;

    @GET
    @Operation(operationId = "getMe", summary = "The logged-in account and its member business")
    public Me me() {
        AccountView account = accounts.findByPhone(identity.getPrincipal().getName())
                .orElseThrow(NotFoundException::new);
        OwnMemberView member = account.memberId() == null ? null : members.ownView(account.memberId()).orElse(null);
        return new Me(account.phone(), account.role(), member);
    }
}
