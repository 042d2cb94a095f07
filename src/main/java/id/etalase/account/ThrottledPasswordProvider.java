package id.etalase.account;

import id.etalase.common.ClientNetworks;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Number and password (HTTP Basic, for API clients) checked by the same rules as the login page, throttling
 * included; it answers before the account table's own provider would.
 */
@ApplicationScoped
public class ThrottledPasswordProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The request attribute that tells the error mapper a refusal was a throttle (a {@code Duration} to wait). */
    public static final String RETRY_AFTER = "etalase.login.retryAfter";

    @Inject
    AccountService accounts;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Above every other provider (the account table's own has the default, SYSTEM_FIRST), so it is always asked. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = routing == null ? "" : ClientNetworks.addressOf(routing.request());
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            LoginResult result = accounts.login(request.getUsername(), password, client);
            if (result instanceof LoginResult.Success success) {
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(success.account().phone()))
                        .addRole(success.account().role())
                        .build();
            }
            if (result instanceof LoginResult.Throttled throttled && routing != null) {
                routing.put(RETRY_AFTER, throttled.retryAfter());
            }
            throw new AuthenticationFailedException();
        });
    }
}
