def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*includes '\[': unclosed \[ at character 1; a set of characters such as \[abc\] or \[a-z\] ends with \] \(write \[\[\] for a \[ itself\)/
assert !log.contains('NEMS check:')
assert !log.contains('\tat org.nemsrules')
