// Run by the NEMS Rules build (maven-invoker-plugin in nems-simulator-server/pom.xml), not needed in a project of
// your own: it checks that the example's tests really ran against the simulator, and passed.
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.nems.NemsClientTest.xml')
assert report.isFile() : "no Surefire report: the example's tests did not run"
def suite = (report.text =~ /<testsuite\b[^>]*>/)[0]
def count = { name -> (suite =~ /\b${name}="(\d+)"/)[0][1].toInteger() }
assert count('tests') == 2 : "expected 2 tests, Surefire ran ${count('tests')}"
assert count('failures') == 0 && count('errors') == 0 && count('skipped') == 0
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('SLF4J') : 'the example should not warn about logging'
