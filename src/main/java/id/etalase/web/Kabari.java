package id.etalase.web;

/**
 * The "Kabari lewat WhatsApp" notice after an admin's decision: who it goes to, the wa.me chat with the message
 * typed in, and where in the queue it stands (before the card named {@code before}, e.g. "anggota-12"; at the top
 * when that card is gone).
 */
public record Kabari(String name, String chat, String before) {

    /** Whether the notice stands just before this card of the queue. */
    public boolean isBefore(String kind, long id) {
        return before != null && before.equals(kind + "-" + id);
    }

    Kabari at(String card) {
        return new Kabari(name, chat, card);
    }
}
