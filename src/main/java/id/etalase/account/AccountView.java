package id.etalase.account;

/**
 * The logged-in account as pages and services see it; sessions of an older {@code sessionGeneration} are ended (see
 * {@link SessionCookie}).
 */
public record AccountView(long id, String phone, String role, Long memberId, int sessionGeneration) {

    public boolean admin() {
        return AccountRoles.ADMIN.equals(role);
    }

    static AccountView of(Account account) {
        return new AccountView(account.id, account.phone, account.role, account.memberId, account.sessionGeneration);
    }
}
