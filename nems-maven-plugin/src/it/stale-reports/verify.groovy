def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/nems-reports')
// the first run wrote the default formats...
assert log =~ /NEMS report: .*nems-check\.sarif/
assert log =~ /NEMS report: .*TEST-nems-check\.xml/
// ...the second only json: nothing of the first run is left to be uploaded as this one's
assert dir.list().toList().sort() == ['nems-check.json', 'notes.txt']
assert new File(dir, 'notes.txt').text == 'kept'
