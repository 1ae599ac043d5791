import java.util.jar.JarFile

def generated = new File(basedir, 'target/generated-sources/stripe-slice/it/gadgets')
assert new File(generated, 'Gadget.java').isFile()
assert new File(generated, 'GadgetCreateParams.java').isFile()
assert new File(basedir, 'target/classes/it/gadgets/Gadget.class').isFile() : 'generated code compiled'
def log = new File(basedir, 'build.log').text
assert log =~ /stripe-slice: gadget \(API 2026-01-01\.acacia\): \d+ types, \d+ files, \d+ written/
def jar = new JarFile(new File(basedir, 'target/happy-path-1.0.jar'))
try {
    assert jar.manifest.mainAttributes.getValue('Stripe-Api-Version') == '2026-01-01.acacia'
} finally {
    jar.close()
}
def client = new File(generated, 'StripeClient.java').text
assert client.contains('API_VERSION = "2026-01-01.acacia"')
return true
