def log = new File(basedir, 'build.log').text
// The default nems-rules.yaml beside the pom is read and checked before any recording is.
assert log =~ /\[ERROR\] .*nems-rules\.yaml:2: systems\[0\]\.asid: must be a 12-digit ASID in quotes/
assert log =~ /\[ERROR\] .*nems-rules\.yaml:4: environmnets: unknown property 'environmnets'; did you mean 'environments'\?/
assert log.contains('invalid NEMS Rules configuration')
assert !log.contains('NEMS check failed')
assert !log.contains('\tat org.nemsrules')
