// Runs only when Stripe's whole spec is there; otherwise one console line says what is missing and where it comes
// from. The invoker sends a script's System.out to build.log, so the line goes to the process's own stdout.
def spec = new File(sharedDir, 'spec3.2024-04-10.json').canonicalFile
if (!spec.isFile()) {
    def console = new PrintStream(new FileOutputStream(FileDescriptor.out), true)
    console.println("[stripe-slice] Skipped: Stripe's spec3.2024-04-10.json is missing, not at ${spec}. It is one of"
            + " Stripe's published OpenAPI files (github.com/stripe/openapi) that the tests read from ../shared/stripe"
            + " beside the repository; put that folder there or point -Dstripe.shared.dir=<folder> at it.")
    return false
}
return true
