def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/test/nems/update.http:1: http.unsupported-method: PUT is not supported')
assert log =~ /NEMS check failed: 1 file, 1 request: \d+ errors?/
assert !log.contains('\tat org.nemsrules')
