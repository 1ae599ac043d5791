package dev.stripeslice.runtime.form;

/** Request parameters that encode themselves as Stripe form fields. */
public interface FormParams {
    /** Writes every non-null parameter, in declaration order, then any extra params. */
    void writeForm(FormWriter form);
}
