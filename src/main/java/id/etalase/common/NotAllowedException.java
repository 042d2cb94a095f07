package id.etalase.common;

/** The account may not do this now, for a reason the member can read (a suspended membership, …): answered 403. */
public class NotAllowedException extends WordedException {

    public NotAllowedException(String code, Object... args) {
        super("not allowed", code, args);
    }
}
