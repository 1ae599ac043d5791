package dev.stripeslice.generator;

/**
 * One thing wrong with the input, located precisely enough to fix it.
 *
 * @param code stable identifier, e.g. {@code SS012}; tests and users can match on it
 * @param file the spec file as the user named it
 * @param pointer RFC 6901 JSON pointer into that file ("" for the whole document)
 * @param message what is wrong
 * @param hint what to do about it
 */
public record Problem(String code, String file, String pointer, String message, String hint) {

    /** One line per problem: {@code file#pointer: [code] message. hint}. */
    public String format() {
        String where = pointer.isEmpty() ? file : file + "#" + pointer;
        return where + ": [" + code + "] " + message + (hint.isEmpty() ? "" : ". " + hint);
    }
}
