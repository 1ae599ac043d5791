/** The generated Customer Session client. */
module dev.stripeslice.customersession {
    requires transitive dev.stripeslice.runtime;
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports dev.stripeslice.customersession;
    // The runtime's codec builds records through their canonical constructors; Jackson reads their annotations.
    opens dev.stripeslice.customersession to
            dev.stripeslice.runtime,
            com.fasterxml.jackson.databind;
}
