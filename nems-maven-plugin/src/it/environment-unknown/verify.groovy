def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*env: environment 'dve' is not defined by any environment file of the \.http recordings: src\/test\/nems\/http-client\.env\.json defines dev, int; did you mean 'dev'\?/
assert !log.contains('NEMS check:')
assert !log.contains('\tat org.nemsrules')
