import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
// the module without recordings says so in one line
assert log =~ /\[INFO\] No NEMS recordings: none of \[.*no-recordings.*\] exists/
['clean', 'warned', 'clean-too'].each { module ->
    def t1 = new File(basedir, module + '/target/reports-t1/nems-check.txt')
    def t4 = new File(basedir, module + '/target/reports-t4/nems-check.txt')
    assert t1.isFile() : t1
    assert t4.isFile() : t4
    assert t1.text == t4.text : module + ': -T 1 and -T 4 reports differ'
    assert new File(basedir, module + '/target/reports-t4/nems-check.sarif').isFile()
}
assert new File(basedir, 'warned/target/reports-t4/nems-check.txt').text.contains('warning http.base-path')
assert new File(basedir, 'clean/target/reports-t4/nems-check.txt').text.contains('1 file, 1 request: 0 errors, 0 warnings')
assert !new File(basedir, 'no-recordings/target/reports-t1').exists()

// Paths are relative to the root of the build, in the log and in every report, so that GitHub annotations and
// code-scanning alerts land on the file in the repository.
def fromRoot = 'warned/src/test/nems/delete-no-base-path.http'
def fromModule = 'src/test/nems/delete-no-base-path.http'
assert log.contains('[WARNING] ' + fromRoot + ':2: http.base-path: ')

def checkPaths = { String reports, String expected, File root ->
    def dir = new File(basedir, 'warned/target/' + reports)
    def names = ['nems-check.txt', 'nems-check.json', 'nems-check.sarif', 'TEST-nems-check.xml',
                 'nems-check.operation-outcome.json', 'nems-check.github.txt', 'nems-check.html']
    names.each { name ->
        def text = new File(dir, name).text
        assert text.contains(expected) : reports + '/' + name + ' does not name ' + expected
        if (expected != fromRoot) {
            assert !text.contains(fromRoot) : reports + '/' + name + ' names ' + fromRoot
        }
    }
    assert new File(dir, 'nems-check.txt').text.contains(expected + ':2: warning http.base-path')
    assert new File(dir, 'nems-check.github.txt').readLines().any { it.startsWith('::warning file=' + expected + ',line=2,') }
    def json = new JsonSlurper().parse(new File(dir, 'nems-check.json'))
    assert json.files*.path == [expected]
    def sarif = new JsonSlurper().parse(new File(dir, 'nems-check.sarif'))
    def location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation
    assert location.uri == expected
    assert location.uriBaseId == '%SRCROOT%'
    // %SRCROOT% is the directory the paths start at: the two resolve to the recording itself
    def srcroot = sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri
    assert srcroot == root.canonicalFile.toPath().toUri().toString()
    assert new File(new URI(srcroot).resolve(location.uri)).canonicalFile ==
            new File(basedir, fromRoot).canonicalFile
    def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(dir, 'TEST-nems-check.xml')).documentElement
    // the suite '(run)' holds the run's notes; the recording's suite is named by its path
    def suites = junit.getElementsByTagName('testsuite')
    assert (0..<suites.length).collect { suites.item(it).getAttribute('name') }.findAll { it != '(run)' } == [expected]
    // the HTML page quotes the recorded line, read from the path it shows
    assert new File(dir, 'nems-check.html').text.contains('DELETE https://clinicals.spineservices.nhs.uk/Subscription/')
}
checkPaths('reports-t4', fromRoot, basedir)
checkPaths('reports-pl', fromRoot, basedir)
checkPaths('reports-alone', fromModule, new File(basedir, 'warned'))
checkPaths('reports-rooted', fromRoot, basedir)
