// Makes the endpoint certificate the configuration names, as a supplier's would be: no certificate or key is kept in
// the repository. It is valid for 2025 only, and nems-rules.yaml judges
// on 5 January 2026, so it has expired.
def keytool = new File(System.getProperty('java.home'), 'bin/keytool').path
def run(List<String> command) {
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : command.join(' ') + ': ' + output
}
def store = new File(basedir, 'target/endpoint.p12')
store.parentFile.mkdirs()
store.delete()
new File(basedir, 'certs').mkdirs()
// A password the test keeps to itself: the store never leaves target/ and holds a key made for this build.
def password = UUID.randomUUID().toString()
run([keytool, '-genkeypair', '-alias', 'endpoint', '-keyalg', 'RSA', '-keysize', '2048', '-sigalg', 'SHA256withRSA',
     '-dname', 'CN=nems-client.supplier.example, O=Supplier', '-ext', 'san=dns:nems-client.supplier.example',
     '-ext', 'eku=clientAuth', '-startdate', '2025/01/01 00:00:00', '-validity', '365',
     '-keystore', store.path, '-storetype', 'PKCS12', '-storepass', password])
run([keytool, '-exportcert', '-rfc', '-alias', 'endpoint', '-keystore', store.path, '-storepass', password,
     '-file', new File(basedir, 'certs/endpoint.pem').path])
return true
