package id.etalase.common;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

/**
 * Input that breaks a rule only the service can check (unknown sector, …), reported together with the Bean
 * Validation violations found in the same input, so every broken field is named at once.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;
    private final transient Set<ConstraintViolation<?>> violations;

    public InvalidInputException(List<FieldError> errors, Set<? extends ConstraintViolation<?>> violations) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
        this.violations = Set.copyOf(violations);
    }

    public InvalidInputException(List<FieldError> errors) {
        this(errors, Set.of());
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Set<ConstraintViolation<?>> violations() {
        return violations;
    }

    /** The names of every broken field, rule errors and violations alike. */
    public List<String> fields() {
        return java.util.stream.Stream.concat(errors.stream().map(FieldError::field),
                violations.stream().map(v -> FieldNames.of(v))).sorted().toList();
    }
}
