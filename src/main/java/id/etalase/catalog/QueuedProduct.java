package id.etalase.catalog;

/** A product waiting in the admins' queue, as a line on its member's card: its id (the queue's anchor) and name. */
public record QueuedProduct(long id, String name) {
}
