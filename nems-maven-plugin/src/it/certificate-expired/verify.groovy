def log = new File(basedir, 'build.log').text
// The finding is on the configuration, on the line that names the certificate, with the date it expired.
assert log =~ /\[ERROR\] nems-rules\.yaml:7: certificate\.validity: .*certs\/endpoint\.pem.*2026-01-01/
assert log.contains('NEMS check failed: 1 finding at error or above')
assert !log.contains(basedir.path + '/certs'), 'the certificate is named as the configuration names it'
assert !log.contains('\tat org.nemsrules')
