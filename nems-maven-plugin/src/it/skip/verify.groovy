def log = new File(basedir, 'build.log').text
assert log.contains('NEMS check skipped')
assert log.contains('BUILD SUCCESS')
assert !log.contains('http.unsupported-method')
assert !new File(basedir, 'target/nems-reports').exists()
