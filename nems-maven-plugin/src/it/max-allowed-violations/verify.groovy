def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/test/nems/update.http:1: http.unsupported-method: PUT is not supported')
assert log.contains('[WARNING] NEMS check: 5 findings at error or above, within maxAllowedViolations 5')
assert log.contains('BUILD SUCCESS')
