def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/test/nems/subscription-bad-nhs-number.xml:13: nhs-number.invalid: the NHS number in Patient.identifier is not valid: '9434765918' fails the modulus 11 check")
assert new File(basedir, 'target/nems-reports/nems-check.sarif').text.contains('9434765918')
assert new File(basedir, 'target/nems-reports/nems-check.txt').text.contains('9434765918')
assert log.contains('BUILD SUCCESS')
