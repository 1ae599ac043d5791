import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('stripe-slice: customer,checkout.session,payment_intent (API 2024-04-10)')
assert log =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0\s*\n/
assert !log.contains('Tests run: 0,')
def jar = new ZipFile(new File(basedir, 'target/shop-1.0.jar'))
try {
    // The spec travels with the client: LocalStripe.forClient(StripeClient.class) reads it from here.
    assert jar.getEntry('META-INF/stripe-slice/com.example.shop.stripe/openapi.json') != null
    assert jar.getEntry('com/example/shop/stripe/StripeClient.class') != null
    assert jar.getEntry('com/example/shop/Checkout.class') != null
} finally {
    jar.close()
}
return true
