// Run by the NEMS Rules build (maven-invoker-plugin in nems-maven-plugin/pom.xml), not needed in a project of your
// own: after the three runs of invoker.properties, the recording in target/nems-recordings is the typo run's, and the
// last run, nems:check alone, failed on it naming the rule.
def recording = new File(basedir, 'target/nems-recordings/NemsSubscriptionsTest.subscribesAPatient-001.http')
assert recording.isFile() : 'the adapter recorded no request under the test\'s name'
assert recording.text.contains('pds-change-of-adress-1') : 'the recording is not the typo run\'s'
def log = new File(basedir, 'build.log').text
// The three runs' output, one after the other: the first passed its test and nems:check; the last was nems:check.
assert log.indexOf('BUILD SUCCESS') >= 0 && log.indexOf('BUILD SUCCESS') < log.indexOf('BUILD FAILURE')
assert (log =~ /--- nems:[^ ]+:check /).count == 2 : 'nems:check did not run in the first and the last run'
assert log.contains('NemsSubscriptionsTest.subscribesAPatient-001.http:21: criteria.event-code') :
        'nems:check did not name the rule at the recording\'s line'
assert !log.contains('Some problems were encountered while building the effective model')
