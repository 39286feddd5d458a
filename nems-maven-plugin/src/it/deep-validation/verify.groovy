def log = new File(basedir, 'build.log').text
// HAPI's own verdict, not a message that the validator could not run
assert log =~ /\[ERROR\] src\/test\/nems\/create\.http:\d+: subscription\.profile: EMS-Subscription-1: .*per-1/
assert !log.contains('could not judge')
assert log =~ /NEMS check failed: 1 finding at error or above in 1 file, 1 request: 1 error/
assert !log.contains('\tat org.nemsrules')
assert !log.contains('Loading CodeSystem/ValueSet'), 'HAPI logging must not reach the build log'
// The run says that deep validation ran, and on how many Subscriptions: at INFO in the log, and in every report
def ran = 'deep validation against EMS-Subscription-1 ran on 1 Subscription (HAPI FHIR '
assert log =~ /\[INFO\] NEMS check: deep validation against EMS-Subscription-1 ran on 1 Subscription \(HAPI FHIR \d+\.\d+\.\d+\)/
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/nems-reports/nems-check.sarif'))
assert sarif.runs[0].invocations[0].toolExecutionNotifications*.message*.text.any { it.startsWith(ran) }
assert new File(basedir, 'target/nems-reports/TEST-nems-check.xml').text.contains(ran)
