package id.etalase.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a form shows: the values as typed (kept when it comes back with errors) and a message beside each field. */
public record Form(Map<String, String> values, Map<String, String> errors) {

    public static Form empty() {
        return new Form(Map.of(), Map.of());
    }

    /** The values as typed; a field left out or null shows empty. */
    public static Form of(Map<String, String> values) {
        Map<String, String> typed = new TreeMap<>();
        values.forEach((field, value) -> {
            if (value != null) {
                typed.put(field, value);
            }
        });
        return new Form(typed, Map.of());
    }

    /** The same values with each field's problems as the mapper words them (the first per field). */
    public Form withErrors(List<Problem.Field> problems) {
        Map<String, String> byField = new TreeMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        return new Form(values, byField);
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
