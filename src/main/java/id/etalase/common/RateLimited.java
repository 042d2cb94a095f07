package id.etalase.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint whose calls are limited per client: beyond the limit named here (settings
 * {@code etalase.rate-limit.limits.<name>}) the client is answered 429 with Retry-After until its bucket refills.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    String SEARCH = "search";
    String SUGGEST = "suggest";
    String ENQUIRY = "enquiry";
    String REGISTRATION = "registration";

    String value();
}
