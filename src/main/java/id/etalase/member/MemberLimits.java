package id.etalase.member;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an admin allows one member beyond (or below) the portal's defaults: products not archived, and photos
 * uploaded but not on a product. Null takes the default.
 */
public record MemberLimits(Integer maxProducts, Integer maxStagedPhotos) {

    /** An admin's change of one member's limits. */
    public record Change(long memberId, String name, MemberLimits before, MemberLimits after) {
    }

    /** The highest an admin may set: a bound that still keeps one account from filling the database. */
    public static final int HIGHEST = 100_000;

    /**
     * The limits as an admin types them in the member's page: empty is the default; anything but a whole number is
     * refused with the same message as a number out of range (which {@link #check} refuses).
     */
    public static MemberLimits typed(String maxProducts, String maxStagedPhotos) {
        List<FieldError> errors = new ArrayList<>();
        Integer products = number("maxProducts", maxProducts, errors);
        Integer photos = number("maxStagedPhotos", maxStagedPhotos, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MemberLimits(products, photos);
    }

    private static Integer number(String field, String typed, List<FieldError> errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,9}")) {
            errors.add(FieldError.of(field, "member_limitInvalid", HIGHEST));
            return null;
        }
        return Integer.valueOf(text);
    }

    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (maxProducts != null && (maxProducts < 0 || maxProducts > HIGHEST)) {
            errors.add(FieldError.of("maxProducts", "member_limitInvalid", HIGHEST));
        }
        if (maxStagedPhotos != null && (maxStagedPhotos < 0 || maxStagedPhotos > HIGHEST)) {
            errors.add(FieldError.of("maxStagedPhotos", "member_limitInvalid", HIGHEST));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Override
    public String toString() {
        return "products=" + (maxProducts == null ? "default" : maxProducts) + ", staged photos="
                + (maxStagedPhotos == null ? "default" : maxStagedPhotos);
    }
}
