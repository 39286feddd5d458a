def log = new File(basedir, 'build.log').text
// quiet: no info line, and the warning logged for the finding is hidden...
assert !log.contains('[INFO]')
assert !log.contains('[WARNING] src/test/nems/delete-no-base-path.http')
// ...but the finding that fails the build is in the failure, which Maven prints as errors
assert log.contains('NEMS check failed: 1 finding at warning or above')
assert log =~ /(?m)^\[ERROR\] src\/test\/nems\/delete-no-base-path\.http:2: warning http\.base-path: /
assert !log.contains('\tat org.nemsrules')
