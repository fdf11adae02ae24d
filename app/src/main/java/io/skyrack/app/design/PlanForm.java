package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.PlanValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A form of {@link FormField}s that edits one object of the plan. Every change of a field builds the candidate
 * plan, reads each field and validates the candidate: findings whose JSON Pointer is a field's member (or below
 * it) are shown at that field. While any field is invalid the plan is left as it is. A live form applies each
 * valid change at once as a named edit that merges with the next change of the same field; a draft form (a
 * new object not yet added) only says whether it is valid, and {@link #candidate()} gives the plan to commit.
 */
public abstract class PlanForm {

    /** The main view model: the plan and its edits. */
    protected final MainViewModel main;
    private final boolean live;
    private final List<FormField> fields = new ArrayList<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private boolean loading;
    private Plan errorsOf;
    private java.util.Set<String> errors = java.util.Set.of();

    /**
     * @param main the main view model
     * @param live true when each valid change is applied to the plan at once
     */
    protected PlanForm(MainViewModel main, boolean live) {
        this.main = main;
        this.live = live;
    }

    /**
     * Adds a field; a change of its text re-validates the form.
     *
     * @param key identifier in the form
     * @param label label
     * @param unit engineer unit or empty
     * @param type how the text is read
     * @param member plan-file member under {@link #pointer()}, or {@code null}
     * @return the field
     */
    protected final FormField add(String key, String label, String unit, FormField.Type type, String member) {
        FormField f = new FormField(key, label, unit, type, member);
        fields.add(f);
        f.textProperty().addListener((o, a, b) -> {
            if (!loading) {
                changed(f);
            }
        });
        return f;
    }

    /** @return the fields, in form order */
    public final List<FormField> fields() {
        return Collections.unmodifiableList(fields);
    }

    /**
     * @param key field key
     * @return the field
     */
    public final FormField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }

    /** @return true when every field reads and the candidate plan has no error at a field */
    public final ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** @return JSON Pointer of the edited object in the candidate plan, or {@code null} when there is none */
    protected abstract String pointer();

    /** @return what the edit names, such as the constellation id */
    protected abstract String subject();

    /**
     * @param current the open plan
     * @return the plan with the form's values (fields are read with their own checks)
     * @throws FormField.Invalid when a field cannot be read
     */
    protected abstract Plan build(Plan current) throws FormField.Invalid;

    /**
     * Shows values without treating them as edits.
     *
     * @param action sets the fields' texts through {@link FormField#show}
     */
    protected final void load(Runnable action) {
        loading = true;
        try {
            action.run();
        } finally {
            loading = false;
        }
        fields.forEach(f -> f.setError(""));
        valid.set(live && pointer() != null || !live && validate() != null);
        if (!live) {
            // a draft shows what is wrong only once the user has typed
            fields.forEach(f -> f.setError(""));
        }
    }

    /**
     * Validates the form as it stands.
     *
     * @return the candidate plan when every field is valid, else {@code null} (errors shown at the fields)
     */
    public final Plan candidate() {
        return validate();
    }

    private Plan validate() {
        fields.forEach(f -> f.setError(""));
        Plan current = main.planProperty().get();
        if (current == null || pointer() == null) {
            valid.set(false);
            return null;
        }
        boolean ok = true;
        List<FormField> unreadable = new ArrayList<>();
        for (FormField f : fields) {
            try {
                f.check();
            } catch (FormField.Invalid e) {
                f.setError(e.getMessage());
                unreadable.add(f);
                ok = false;
            }
        }
        // fields that cannot be read stand in with neutral values so that the others are still checked
        unreadable.forEach(f -> f.probe(true));
        Plan candidate = null;
        try {
            candidate = build(current);
        } catch (FormField.Invalid e) {
            e.field().setError(e.getMessage());
            ok = false;
        } catch (RuntimeException e) {
            // a record constructor refused the values
            fields.get(0).setError(e.getMessage());
            ok = false;
        } finally {
            unreadable.forEach(f -> f.probe(false));
        }
        if (candidate != null) {
            String base = pointer();
            // errors the plan has already are not this form's; a new one elsewhere (a name now used twice is
            // reported at the other object) still refuses the change, shown on the form's first field
            java.util.Set<String> existing = existingErrors(current);
            for (Finding finding : PlanValidator.validate(candidate, main.catalog())) {
                if (!finding.isError()) {
                    continue;
                }
                boolean placed = false;
                for (FormField f : fields) {
                    String at = f.member() == null ? null : base + "/" + f.member();
                    if (at != null && (finding.path().equals(at) || finding.path().startsWith(at + "/"))) {
                        placed = true;
                        if (f.errorProperty().get().isEmpty() && !unreadable.contains(f)) {
                            f.setError(finding.message());
                            ok = false;
                        }
                    }
                }
                if (!placed && !finding.path().startsWith(base + "/")
                        && !existing.contains(finding.path() + "\n" + finding.message())) {
                    FormField first = fields.get(0);
                    if (first.errorProperty().get().isEmpty()) {
                        first.setError(finding.message() + " (at " + finding.path() + ")");
                    }
                    ok = false;
                }
            }
        }
        valid.set(ok);
        return ok ? candidate : null;
    }

    /** The errors of a plan as path and message, kept for the plan last asked about (one per keystroke). */
    private java.util.Set<String> existingErrors(Plan current) {
        if (current != errorsOf) {
            java.util.Set<String> set = new java.util.HashSet<>();
            for (Finding finding : PlanValidator.validate(current, main.catalog())) {
                if (finding.isError()) {
                    set.add(finding.path() + "\n" + finding.message());
                }
            }
            errorsOf = current;
            errors = set;
        }
        return errors;
    }

    private void changed(FormField f) {
        Plan candidate = validate();
        if (candidate == null || !live) {
            return;
        }
        String label = f.label().length() > 1 && Character.isUpperCase(f.label().charAt(1)) ? f.label()
                : f.label().substring(0, 1).toLowerCase(Locale.ROOT) + f.label().substring(1);
        main.edit("Set " + label + " of " + subject(), p -> candidate, pointer() + "#" + f.key());
    }
}
