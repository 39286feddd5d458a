def log = new File(basedir, 'build.log').text
// src/test/nems exists but holds no recording: the build fails rather than pass having checked nothing.
assert log =~ /\[ERROR\] .*no NEMS recordings found in '.*src.test.nems' \(looked for \*\*\/\*\.http, \*\*\/\*\.har, \*\*\/\*\.xml, \*\*\/\*\.json\); set allowEmptyInput \(-Dnems\.allowEmptyInput=true\) to accept this/
assert !log.contains('NEMS check:')
assert !log.contains('\tat org.nemsrules')
