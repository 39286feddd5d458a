def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/test/nems/delete-no-base-path.http:2: http.base-path: ')
assert log.contains('NEMS check failed: 1 finding at warning or above in 1 file, 1 request: 0 errors, 1 warning, 0 infos')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat org.nemsrules')
