package id.etalase.account;

import id.etalase.common.DatabaseFaults;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Recognises a logged-in browser by its session cookie; the account (and so its role) is read afresh from the
 * account table by Quarkus Security JPA. A cookie that no longer opens an account counts as no login.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    @Inject
    SessionCookie cookie;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        PersistentLoginManager.RestoreResult restored = cookie.restore(context);
        if (restored == null) {
            return Uni.createFrom().nullItem();
        }
        TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(restored.getPrincipal());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request)
                .onItem().invoke(identity -> cookie.renew(identity, context, restored))
                // A session the accounts no longer honour is no session; a database that cannot be asked is an
                // outage (503), not a reason to send the member to the login form.
                .onFailure(e -> !DatabaseFaults.isUnavailable(e)).recoverWithNull();
    }

    /** Challenges are answered by the error mapper: a login page for pages, 401 with Basic for the API. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, cookie.name()));
    }
}
