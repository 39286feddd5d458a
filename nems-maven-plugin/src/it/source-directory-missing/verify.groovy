def log = new File(basedir, 'build.log').text
// A directory named in the POM that does not exist is a mistake, not a module without recordings.
assert log =~ /\[ERROR\] .*none of the sourceDirectories exists: \[.*recordnigs\]; name directories that exist, or set allowEmptyInput \(-Dnems\.allowEmptyInput=true\) to accept a module without recordings/
assert !log.contains('No NEMS recordings')
assert !log.contains('\tat org.nemsrules')
