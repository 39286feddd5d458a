def log = new File(basedir, 'build.log').text
assert log.contains('NEMS check: 2 of 3 recordings changed since HEAD')
assert log.contains('[WARNING] src/test/nems/delete-no-base-path.http:3: http.base-path: ')
assert !log.contains('update.http')
assert log.contains('NEMS check: 2 files, 2 requests: 0 errors, 1 warning')
assert log.contains('BUILD SUCCESS')
