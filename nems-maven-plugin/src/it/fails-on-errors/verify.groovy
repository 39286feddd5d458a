def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/test/nems/update.http:1: http.unsupported-method: PUT is not supported')
assert log =~ /NEMS check failed: 5 findings at error or above in 1 file, 1 request: 5 errors, 0 warnings, 0 infos; reports: .*nems-check\.sarif, .*TEST-nems-check\.xml/
assert !log.contains('\tat org.nemsrules')
