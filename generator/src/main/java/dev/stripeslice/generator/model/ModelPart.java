package dev.stripeslice.generator.model;

/**
 * A part of the model that the model and name stages complete in steps (a record's shell before its properties, names
 * last). When the name stage is done, {@link ApiModel#freeze()} freezes every part: from then on each mutator throws,
 * so that emission can only read what the model decided.
 */
abstract class ModelPart {
    private final String what;
    private final String where;
    private boolean frozen;

    /**
     * @param what the kind of part, for messages ("record", "property", ...)
     * @param where its JSON pointer (or resource id), for messages
     */
    ModelPart(String what, String where) {
        this.what = what;
        this.where = where;
    }

    /** Every mutator calls this first. */
    final void checkOpen() {
        if (frozen) {
            throw new IllegalStateException("The " + what + " at " + where
                    + " belongs to a complete model, which no longer changes: emitters only read it");
        }
    }

    /** Fails when the name stage left this part (or one of its members) unnamed. */
    abstract void checkNamed();

    final void freeze() {
        checkNamed();
        frozen = true;
    }

    final boolean frozen() {
        return frozen;
    }
}
