def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/test/nems/delete.http:2: house.no-delete: a DELETE is recorded; house policy forbids it')
assert log.contains('NEMS check: 1 file, 1 request: 0 errors, 1 warning')
assert log.contains('BUILD SUCCESS')
