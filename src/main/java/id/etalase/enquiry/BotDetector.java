package id.etalase.enquiry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells crawlers and link-preview fetchers from people, by User-Agent. Their requests still get their answer but
 * count neither as enquiries nor as views. curl and other plain HTTP clients are not bots here.
 */
public final class BotDetector {

    /** Preview fetchers and crawlers that name themselves without a generic word. */
    private static final Pattern NAMED = Pattern.compile("facebookexternalhit|facebot|facebookcatalog"
            + "|meta-externalagent|meta-externalfetcher|googlebot|google-inspectiontool|googleother"
            + "|mediapartners-google|bingbot|twitterbot|slackbot|telegrambot|discordbot|linkedinbot|embedly"
            + "|iframely|vkshare");

    /** WhatsApp's link preview announces itself as "WhatsApp/2.23.20.0 A"; the app's own chats never fetch pages. */
    private static final Pattern WHATSAPP_PREVIEW = Pattern.compile("^whatsapp/");

    /** Generic self-descriptions ending a word: "AhrefsBot", "crawler4j", "Bytespider", "SkypeUriPreview". */
    private static final Pattern GENERIC = Pattern.compile("(bot|crawler|spider|preview)(?![a-z])");

    /** Phones whose model name ends in "bot", e.g. "CUBOT X19". */
    private static final Pattern NOT_BOTS = Pattern.compile("\\bcubot\\b");

    private BotDetector() {
    }

    /** A missing User-Agent is a script, not a shopper's browser. */
    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT).strip();
        if (NAMED.matcher(agent).find() || WHATSAPP_PREVIEW.matcher(agent).find()) {
            return true;
        }
        String withoutPhones = NOT_BOTS.matcher(agent).replaceAll("");
        return GENERIC.matcher(withoutPhones).find();
    }
}
