package org.eregistrations.web.parta;

import java.util.List;

/**
 * One input of a form as the templates draw it: its name (the file's property path), an HTML id, its label, a type
 * ({@code text}, {@code email}, {@code date}, {@code money}, {@code number}, {@code integer}, {@code choice}, {@code yesNo},
 * {@code checkbox}), the value shown, the options of a choice, whether it is required, and a problem to show next to it.
 */
public record Input(
        String name,
        String id,
        String label,
        String type,
        String value,
        List<Choice> options,
        boolean required,
        Integer maxLength,
        String problem) {

    /** An option of a choice or a yes/no input. */
    public record Choice(String id, String label, boolean selected) {}

    /** An option drawn as a radio button, with what the button needs of its input. */
    public record Radio(String name, String id, String label, boolean selected, String describedBy) {}

    /**
     * The options as radio buttons, each carrying the input's name and the id of its problem (if any): the tag's loop
     * then reads only its option. A name from outside a loop costs Qute a search of every value resolver of each
     * enclosing context, for every option (docs/benchmarks.md, "What Qute searched").
     */
    public List<Radio> radios() {
        String describedBy = problem == null ? null : id + "-problem";
        return options.stream()
                .map(o -> new Radio(name, o.id(), o.label(), o.selected(), describedBy))
                .toList();
    }

    public boolean checked() {
        return "true".equals(value);
    }

    public String inputMode() {
        return switch (type) {
            case "money", "number" -> "decimal";
            case "integer" -> "numeric";
            default -> null;
        };
    }
}
