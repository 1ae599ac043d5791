def log = new File(basedir, 'build.log').text
assert log =~ /gadget\.openapi\.json#\/paths\/~1v1~1gadgets\/post\/requestBody\/required: \[SS003\] The spec does not parse as JSON at line \d+, column \d+/
assert !new File(basedir, 'target/generated-sources/stripe-slice').exists()
return true
