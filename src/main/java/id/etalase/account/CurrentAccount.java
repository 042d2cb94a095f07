package id.etalase.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/** The account behind the current request, read once per request. */
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService accounts;

    private AccountView account;

    public AccountView account() {
        if (account == null) {
            account = accounts.findByPhone(identity.getPrincipal().getName()).orElseThrow(NotFoundException::new);
        }
        return account;
    }

    /** The member business the account speaks for; an admin has none, so a member page answers 404. */
    public long memberId() {
        Long member = account().memberId();
        if (member == null) {
            throw new NotFoundException();
        }
        return member;
    }
}
