package id.etalase.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * On an entity: none of its text fields holds a control character or anything else a page, PDF or spreadsheet
 * cannot carry, and only fields marked {@link MultiLine} hold line breaks (see {@link TypedText#storable}). Each
 * offending field is reported under its own name, so a form shows the message beside it. Every entity that stores
 * text carries it (PlainTextTest checks), so one rule covers forms, the API and the import alike.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message() default "{etalase.text.control}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A text field that may hold line breaks (a description, a note). */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface MultiLine {
    }

    /** Checks every String field the entity declares. */
    class Check implements ConstraintValidator<PlainText, Object> {

        @Override
        public boolean isValid(Object entity, ConstraintValidatorContext context) {
            if (entity == null) {
                return true;
            }
            boolean valid = true;
            for (Field field : entity.getClass().getDeclaredFields()) {
                if (field.getType() != String.class || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                boolean multiLine = field.isAnnotationPresent(MultiLine.class);
                if (!TypedText.storable(read(field, entity), multiLine)) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(multiLine ? "{etalase.text.control}"
                            : "{etalase.text.oneLine}").addPropertyNode(field.getName()).addConstraintViolation();
                }
            }
            return valid;
        }

        private static String read(Field field, Object entity) {
            try {
                field.setAccessible(true);
                return (String) field.get(entity);
            } catch (IllegalAccessException | RuntimeException e) {
                return null;
            }
        }
    }
}
