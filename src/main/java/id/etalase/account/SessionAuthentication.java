package id.etalase.account;

import id.etalase.common.DatabaseFaults;
import id.etalase.common.PortalClock;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a logged-in browser by its session cookie. The account (and so its role) is read afresh on every
 * request by {@link SessionIdentityProvider}, which also checks that the session has not been ended; a cookie past
 * its absolute lifetime, or one the account no longer honours, counts as no login and is cleared.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    /** The request attribute that carries the cookie's session to the identity provider. */
    static final String SESSION = "etalase.session";

    @Inject
    SessionCookie cookie;

    @Inject
    AccountConfig config;

    @Inject
    PortalClock clock;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Optional<SessionCookie.Session> session = cookie.current(context);
        if (session.isEmpty() || expired(session.get())) {
            if (context.request().getCookie(cookie.name()) != null) {
                cookie.end(context);
            }
            return Uni.createFrom().nullItem();
        }
        TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(session.get().phone());
        request.setAttribute(SESSION, session.get());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request)
                .onItem().invoke(identity -> cookie.renew(session.get(), context))
                // A session the accounts no longer honour is no session; a database that cannot be asked is an
                // outage (503), not a reason to send the member to the login form.
                .onFailure(e -> !DatabaseFaults.isUnavailable(e)).recoverWithItem(() -> {
                    cookie.end(context);
                    return null;
                });
    }

    private boolean expired(SessionCookie.Session session) {
        return session.started().plus(config.session().absoluteLifetime()).isBefore(clock.now());
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
