package id.etalase.admin;

/** A member an import enrolled and the one-time token of its "set your password" link, shown once to the admin. */
public record NewAccount(long memberId, String businessName, String phone, String token) {
}
