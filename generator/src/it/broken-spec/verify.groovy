def log = new File(basedir, 'build.log').text
// The problem names the file and, where the parser got to, the JSON pointer of the place it stopped.
assert log =~ /gadget\.openapi\.json(#\S*)?: \[SS003\] The spec does not parse as JSON at line \d+, column \d+/
assert !new File(basedir, 'target/generated-sources/stripe-slice').exists()
return true
