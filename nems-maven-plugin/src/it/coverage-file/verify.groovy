// coverageFile: the requirement coverage of the recordings, beside the reports, named in the log.
def log = new File(basedir, 'build.log').text
def coverage = new File(basedir, 'target/nems-coverage.md')
assert coverage.isFile()
assert log =~ /NEMS coverage: .*nems-coverage\.md \(0 requirements violated, \d+ demonstrated\)/
def text = coverage.text
assert text.startsWith('# Requirement coverage\n')
// the recorded answers demonstrate R-HTTP-09, and no recording can show R-NHS-04
assert text.readLines().any { it.startsWith('| R-HTTP-09: ') && it.contains(' | demonstrated | ') }
assert text.readLines().any { it.startsWith('| R-NHS-04: ') && it.contains(' | not statically checkable | ') }
