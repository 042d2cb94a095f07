package id.etalase.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** All text the portal shows: Indonesian in messages/msg.properties, English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "id")
public interface AppMessages {

    @Message
    String problem_badRequest_title();

    @Message
    String problem_badRequest_detail();

    @Message
    String problem_notFound_title();

    @Message
    String problem_notFound_detail();

    @Message
    String problem_conflict_title();

    @Message
    String problem_conflict_detail();

    @Message
    String problem_generic_title();

    @Message
    String problem_server_title();

    @Message
    String problem_server_detail();

    @Message
    String problem_malformedBody();

    @Message
    String filter_unknownSector(String value);

    @Message
    String filter_unknownDistrict(String value);

    @Message
    String filter_unknownMember(String value);

    @Message
    String filter_priceRange();

    @Message
    String member_whatsappInvalid();

    @Message
    String member_unknownSector();

    @Message
    String member_unknownDistrict();

    @Message
    String scale_mikro();

    @Message
    String scale_kecil();

    @Message
    String scale_menengah();

    @Message
    String price_below(String amount);

    @Message
    String price_between(String from, String to);

    @Message
    String price_above(String amount);
}
