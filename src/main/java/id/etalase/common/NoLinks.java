package id.etalase.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or unit holds no web address or domain: such text goes into WhatsApp chat and share messages, where a
 * link under the portal's name reads as an official one ("Pembayaran resmi: https://…").
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoLinks.Check.class)
public @interface NoLinks {

    String message() default "{etalase.text.link}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoLinks, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return !TypedText.hasLink(text);
        }
    }
}
