def log = new File(basedir, 'build.log').text
assert log.contains('gadget.openapi.json#/info/version: [SS060] The spec is for Stripe API version 2026-01-01.acacia, but the build expects 2025-12-01.zinnia')
assert log.contains('set expectedApiVersion (property stripe-slice.expectedApiVersion) to 2026-01-01.acacia')
return true
