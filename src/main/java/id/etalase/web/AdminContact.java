package id.etalase.web;

import id.etalase.account.AccountService;
import id.etalase.enquiry.WhatsAppLinks;
import id.etalase.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whom a member who is stuck (a forgotten password, …) chats with: the community's contact number, or while the
 * admins have not named one, the first admin's.
 */
@ApplicationScoped
public class AdminContact {

    @Inject
    SettingsService settings;

    @Inject
    AccountService accounts;

    public Optional<String> number() {
        String named = settings.current().contactWhatsapp();
        return named != null ? Optional.of(named) : accounts.firstAdminPhone();
    }

    /** A chat with the admins with this text typed in, if anyone can be reached. */
    public Optional<String> chat(String text) {
        return number().map(number -> WhatsAppLinks.chat(number, text));
    }
}
