package id.etalase.web;

import id.etalase.account.CurrentAccount;
import id.etalase.common.PublicUrls;
import id.etalase.i18n.AdminMessages;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.i18n.SellerMessages;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * What a page resource needs of the request it answers: the reader's language and its words, the page's meta and
 * layout, and who is signed in.
 */
@RequestScoped
public class PageRequest {

    @Inject
    UriInfo uri;

    @Inject
    HttpHeaders headers;

    @Inject
    PublicUrls urls;

    @Inject
    CurrentAccount signedIn;

    String language() {
        return Languages.forRequest(uri, headers);
    }

    AppMessages messages() {
        return Languages.messages(language());
    }

    AdminMessages adminMessages() {
        return Languages.adminMessages(language());
    }

    SellerMessages sellerMessages() {
        return Languages.sellerMessages(language());
    }

    /** The meta of a page whose title is its description too. */
    PageMeta meta(String title, String path) {
        return meta(title, title, path);
    }

    PageMeta meta(String title, String description, String path) {
        return Pages.meta(urls, uri, language(), title, description, path);
    }

    /** The template in the reader's language. */
    TemplateInstance page(TemplateInstance template) {
        return Pages.localized(template, language());
    }

    /** The signed-in account's id (pages behind a role only). */
    long accountId() {
        return signedIn.account().id();
    }
}
