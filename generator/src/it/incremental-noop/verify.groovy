// build.log holds both invocations: the first generates, the second finds nothing to do and says so.
def lines = new File(basedir, 'build.log').readLines().findAll { it.contains('[INFO] stripe-slice: ') }
assert lines.size() == 2 : lines
assert lines[0] =~ /stripe-slice: gadget \(API 2026-01-01\.acacia\): \d+ types, (\d+) files, \1 written/
assert lines[1] =~ /stripe-slice: gadget \(API 2026-01-01\.acacia\) is up to date \(\d+ files\) in \d+ ms/
def out = new File(basedir, 'target/generated-sources/stripe-slice')
assert new File(out, '.stripe-slice-state').isFile()
assert new File(out, 'it/gadgets/Gadget.java').isFile()
return true
