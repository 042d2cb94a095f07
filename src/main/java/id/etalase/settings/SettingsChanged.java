package id.etalase.settings;

/** Fired inside the transaction that changed the community settings. */
public record SettingsChanged() {
}
