def log = new File(basedir, 'build.log').text
assert log.contains('gadget.openapi.json#/components/schemas: [SS010] No schema has x-resourceId "widget"')
assert !new File(basedir, 'target/generated-sources/stripe-slice').exists()
return true
