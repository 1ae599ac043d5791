def out = new File(basedir, 'target/generated-sources/stripe-slice/it/gadgets')
assert new File(out, 'Gadget.java').isFile()
assert !out.listFiles().any { it.name.contains('Status') } : "stale enum file left: ${out.list()}"
assert new File(out, 'Gadget.java').text.contains('colour')
def log = new File(basedir, "build.log").text
assert log =~ /\d+ written, \d+ unchanged, [1-9]\d* removed/
assert log.contains('stripe-slice: spec changed, API 2026-01-01.acacia -> 2026-02-01.birch')
def report = new File(basedir, 'target/stripe-slice/changes.md').text
assert report.startsWith('# Stripe API changes: 2026-01-01.acacia -> 2026-02-01.birch')
assert report.contains('| added | `Gadget#colour` |')
assert report.contains('breaks source and binary')
return true
