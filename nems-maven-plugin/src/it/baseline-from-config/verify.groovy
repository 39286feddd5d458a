def log = new File(basedir, 'build.log').text
assert log.contains('NEMS check: 1 file, 1 request: 0 errors, 0 warnings, 0 infos (5 baselined, 0 stale baseline entries)')
assert !log.contains('[ERROR] src/test/nems/update.http')
def baseline = new File(basedir, 'nems-baseline.txt').text
assert baseline.readLines().findAll { !it.startsWith('#') }.size() == 5
assert !log.contains('\tat org.nemsrules')
