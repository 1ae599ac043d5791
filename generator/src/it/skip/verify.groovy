assert new File(basedir, 'build.log').text.contains('stripe-slice: skipped')
assert !new File(basedir, 'target/generated-sources/stripe-slice').exists()
return true
