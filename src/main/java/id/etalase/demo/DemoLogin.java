package id.etalase.demo;

import id.etalase.account.AccountService;
import id.etalase.common.PhoneNumbers;
import id.etalase.common.StartupLock;
import id.etalase.member.MemberService;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Gives the first active demo member an account with the configured number and password (once), so that the
 * member's side of the portal can be tried next to the shopper's and the admin's.
 */
@ApplicationScoped
public class DemoLogin {

    private static final Logger LOG = Logger.getLogger(DemoLogin.class);

    @Inject
    DemoConfig config;

    @Inject
    AccountService accounts;

    @Inject
    MemberService members;

    @Inject
    StartupLock startupLock;

    // After the demo data is loaded (DemoDataLoader runs at LIBRARY_BEFORE).
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE + 1) StartupEvent event) {
        if (!config.enabled() || config.member().password().isEmpty()) {
            return;
        }
        String phone = PhoneNumbers.normaliseMobile(config.member().phone()).orElse(null);
        if (phone == null) {
            LOG.warnf("Demo member login not created: %s is not an Indonesian mobile number",
                    PhoneNumbers.masked(config.member().phone()));
            return;
        }
        // Replicas starting together: one gives the login, the others find the number taken.
        startupLock.run("the demo member's login", () -> createLogin(phone));
    }

    private void createLogin(String phone) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.phoneTaken(phone)) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> first = Panache.getEntityManager().createNativeQuery("select m.id, m.business_name"
                    + " from member m left join account a on a.member_id = m.id where m.status = 'active'"
                    + " and a.id is null order by m.id limit 1", Object[].class).getResultList();
            if (first.isEmpty()) {
                return;
            }
            members.giveLogin(((Number) first.get(0)[0]).longValue(), phone, config.member().password().get());
            LOG.infof("Demo member %s logs in with %s", first.get(0)[1], PhoneNumbers.masked(phone));
        });
    }
}
