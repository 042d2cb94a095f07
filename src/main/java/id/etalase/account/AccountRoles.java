package id.etalase.account;

/** The roles an account holds, as @RolesAllowed names them. */
public final class AccountRoles {

    public static final String MEMBER = "member";
    public static final String ADMIN = "admin";

    private AccountRoles() {
    }
}
