package id.etalase.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint whose calls are limited per client (or per signed-in account): beyond the limit named here (settings
 * {@code etalase.rate-limit.limits.<name>}) the client is answered 429 with Retry-After until its bucket refills.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    String SEARCH = "search";
    String SUGGEST = "suggest";
    String ENQUIRY = "enquiry";
    String REGISTRATION = "registration";
    /** A member's changes to their own listings. */
    String WRITES = "writes";

    /** Whose calls are counted together. */
    enum Per {
        /** The client's address (an IPv6 client's /64). */
        CLIENT,
        /** The signed-in account, wherever it calls from: a script with one member's password, on many addresses. */
        ACCOUNT
    }

    String value();

    Per per() default Per.CLIENT;
}
