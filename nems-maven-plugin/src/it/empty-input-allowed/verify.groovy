def log = new File(basedir, 'build.log').text
// Accepted, and said: the run checked nothing, and its report says so too.
assert log.contains('BUILD SUCCESS')
assert log.contains('NEMS check: 0 files, 0 requests: 0 errors, 0 warnings, 0 infos')
assert log =~ /\[INFO\] NEMS check: nothing was checked: no recordings were found in '.*src.test.nems' \(looked for \*\*\/\*\.http/
assert new File(basedir, 'target/nems-reports/nems-check.json').isFile()
