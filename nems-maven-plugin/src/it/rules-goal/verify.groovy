def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] http.unsupported-method (error): ')
assert log.contains('[INFO] nhs-number.not-test-data (error, off by default): ')
assert log =~ /\[INFO\] \d+ rules; the reference with each rule's fix: docs\/rules\.md/
assert log.contains('BUILD SUCCESS')
