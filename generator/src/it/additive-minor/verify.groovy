import java.util.jar.JarFile

// The japicmp gate and the plugin's change report agree: a response field and an enum value added are a minor
// release, a response field removed a major one.
def read = { String path -> new File(basedir, path).text }

// Gadget's canonical constructor as its class file declares it, and whether it carries @InternalConstructor.
def canonicalConstructor = { String jarPath ->
    def jar = new JarFile(new File(basedir, jarPath))
    try {
        def bytes = jar.getInputStream(jar.getEntry('it/gadgets/Gadget.class')).bytes
        def text = new String(bytes, 'ISO-8859-1')
        def descriptor = text =~ /\(Ljava\/lang\/String;[^)]*Ldev\/stripeslice\/runtime\/json\/JsonExtras;\)V/
        assert descriptor.find() : "no canonical constructor in ${jarPath}"
        assert text.contains('Ldev/stripeslice/runtime/InternalConstructor;') : "unmarked constructor in ${jarPath}"
        return descriptor.group()
    } finally {
        jar.close()
    }
}
// The constructor did change: the gate passes because it leaves it out, not because nothing changed.
assert canonicalConstructor('old/target/gadgets-old-1.0.0.jar') != canonicalConstructor('added/target/gadgets-added-1.1.0.jar')

// added: the accessor, the builder method and the enum constant are new API, so japicmp asks for a minor version,
// which 1.0.0 -> 1.1.0 is; the build passed.
def added = read('added/target/japicmp/japicmp.diff')
assert added.contains('Semantic versioning suggestion: 0.1.0') : added
assert added.contains('NEW METHOD: PUBLIC(+) java.lang.String colour()') : added
assert added.contains('NEW METHOD: PUBLIC(+) it.gadgets.Gadget$Builder colour(java.lang.String)') : added
assert added.contains('NEW FIELD: PUBLIC(+) STATIC(+) FINAL(+) it.gadgets.Gadget$Status LOST') : added
assert !(added =~ /CONSTRUCTOR: .*Gadget\(/) : 'the gate leaves the canonical constructor out'
def addedReport = read('added/target/stripe-slice/changes.md')
assert addedReport.contains('| added | `Gadget#colour` |') : addedReport
assert addedReport.contains('| added | `Gadget.Status.lost` |') : addedReport
assert addedReport.contains('release it under a new minor version') : addedReport
assert !addedReport.contains('breaks source and binary') : addedReport

// removed: the accessor and the builder method are gone, which 1.0.0 -> 1.1.0 may not do; the gate failed the build.
def removed = read('removed/target/japicmp/japicmp.diff')
assert removed.contains('Semantic versioning suggestion: 1.0.0') : removed
assert removed.contains('REMOVED METHOD: PUBLIC(-) java.lang.String size()') : removed
def removedReport = read('removed/target/stripe-slice/changes.md')
assert removedReport.contains('| removed | `Gadget#size` |') : removedReport
assert removedReport.contains('release it under a new major version') : removedReport
assert read('build.log').contains('Versions of archives indicate a minor change but binary incompatible changes found.')
return true
