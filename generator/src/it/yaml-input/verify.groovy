def out = new File(basedir, 'target/generated-sources/stripe-slice/it/gadgets')
assert new File(out, 'Gadget.java').isFile()
// 'no' is quoted, so it stays a string (not YAML 1.1's boolean false).
assert out.listFiles().any { it.text.contains('NO("no")') }
assert new File(basedir, 'build.log').text =~ /stripe-slice: gadget \(API 2026-01-01\.acacia\): \d+ types/
return true
