package org.rollcall.platform.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text field's limit told as it fills ("123 / 500 characters" under the field, read out with it), so a long text
 * or a paste cut at the limit by the browser is never cut silently. The services check the same limit.
 */
public final class CharacterCounter {

    private CharacterCounter() {
    }

    public static TextField on(TextField field, int max) {
        field.setMaxLength(max);
        return count(field, max);
    }

    public static TextArea on(TextArea field, int max) {
        field.setMaxLength(max);
        return count(field, max);
    }

    private static <C extends TextFieldBase<C, String>> C count(C field, int max) {
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> field.setHelperText(helper(e.getValue(), max)));
        field.setHelperText(helper(field.getValue(), max));
        return field;
    }

    static String helper(String value, int max) {
        int length = value == null ? 0 : value.length();
        if (length == 0) {
            return null;
        }
        return length >= max ? String.format("%,d / %,d characters: the most it can hold; anything longer was not kept",
                length, max) : String.format("%,d / %,d characters", length, max);
    }
}
