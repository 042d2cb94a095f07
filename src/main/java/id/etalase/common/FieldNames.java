package id.etalase.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/** The name a client sent for a violated property: "list.params.minPrice" → "minPrice". */
public final class FieldNames {

    private FieldNames() {
    }

    public static String of(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
