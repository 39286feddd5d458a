def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/test/nems/update.http:1: http.unsupported-method: PUT is not supported')
assert log.contains('[INFO] src/test/nems/update.http:1: jwt.missing-authorization: the request has no Authorization header')
assert !log.contains('header.missing')
assert log.contains('NEMS check: 1 file, 1 request: 0 errors, 1 warning, 1 info')
assert log.contains('BUILD SUCCESS')
