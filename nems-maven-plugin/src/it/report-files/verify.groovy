import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'target/nems-reports')
// consoleOutput=false: the summary, not the findings one by one, reaches the log...
assert !log.contains('[ERROR] src/test/nems/update.http:1: http.unsupported-method:')
// ...yet the failure itself lists the findings that fail the build
assert log.contains('[ERROR] src/test/nems/update.http:1: error http.unsupported-method:')
assert log.contains('NEMS check: 3 files, 3 requests: 6 errors, 1 warning, 0 infos')
// the failure names the reports, which are written even though the build fails
assert log =~ /NEMS check failed: 6 findings at error or above in .*; reports: .*nems-check\.txt, .*nems-check\.json, .*nems-check\.sarif, .*TEST-nems-check\.xml/

def sarif = new JsonSlurper().parse(new File(dir, 'nems-check.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 7
assert results*.ruleId.contains('http.unsupported-method')
assert results*.ruleId.contains('http.base-path')
assert results.find { it.ruleId == 'http.base-path' }.level == 'warning'
assert results.find { it.ruleId == 'http.unsupported-method' }.locations[0].physicalLocation.region.startLine == 1

def factory = javax.xml.parsers.DocumentBuilderFactory.newInstance()
def junit = factory.newDocumentBuilder().parse(new File(dir, 'TEST-nems-check.xml')).documentElement
assert junit.tagName == 'testsuites'
assert junit.getAttribute('tests') == '3'
assert junit.getAttribute('failures') == '2'
assert junit.getElementsByTagName('failure').length == 6

def json = new JsonSlurper().parse(new File(dir, 'nems-check.json'))
assert json != null

def outcome = new JsonSlurper().parse(new File(dir, 'nems-check.operation-outcome.json'))
assert outcome != null

def github = new File(dir, 'nems-check.github.txt').readLines()
assert github.count { it.startsWith('::error file=src/test/nems/update.http,line=1,title=') } == 5
assert github.count { it.startsWith('::warning ') } == 1

def text = new File(dir, 'nems-check.txt').text
assert text.contains('src/test/nems/update.http:1: error http.unsupported-method')
// no temporary file left behind by the atomic writes
assert dir.listFiles().findAll { it.name.endsWith('.tmp') }.isEmpty()

// redact is on by default: the NHS number a finding quotes is masked in every report
dir.listFiles().each { report ->
    assert !report.text.contains('9434765918') : report.name + ' shows the NHS number'
}
assert new File(dir, 'nems-check.sarif').text.contains('943****918')

// the HTML page quotes the recorded lines around each finding, read from the module's own directory
def html = new File(dir, 'nems-check.html').text
assert html.contains('PUT /STU3/Subscription/ea0a485187204b49b978bdcf7102388c HTTP/1.1')
assert html.contains('943****918')
assert !html.contains('<script')
