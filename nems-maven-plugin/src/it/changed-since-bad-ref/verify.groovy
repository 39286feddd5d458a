def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Failed to execute goal .*check .*: changedSince no-such-revision-nems-it: git .* failed in .*/
assert !log.contains('\tat org.nemsrules')
assert !log.contains('GitException')
