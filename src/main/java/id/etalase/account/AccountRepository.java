package id.etalase.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByPhone(String phone) {
        return find("phone", phone).firstResultOptional();
    }

    public Optional<Account> findByMember(long memberId) {
        return find("memberId", memberId).firstResultOptional();
    }
}
