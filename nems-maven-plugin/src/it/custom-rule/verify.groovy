def log = new File(basedir, 'build.log').text
// a module's recording is shown from the root of the build, where it was started
assert log.contains('[WARNING] recordings/src/test/nems/delete.http:2: house.no-delete: a DELETE is recorded; house policy forbids it')
assert log.contains('NEMS check: 1 file, 1 request: 0 errors, 1 warning')
assert log.contains('BUILD SUCCESS')
