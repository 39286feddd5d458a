def log = new File(basedir, 'build.log').text
// HAPI's own verdict, not a message that the validator could not run
assert log =~ /\[ERROR\] src\/test\/nems\/create\.http:\d+: subscription\.profile: EMS-Subscription-1: .*per-1/
assert !log.contains('could not judge')
assert log =~ /NEMS check failed: 1 finding at error or above in 1 file, 1 request: 1 error/
assert !log.contains('\tat org.nemsrules')
assert !log.contains('Loading CodeSystem/ValueSet'), 'HAPI logging must not reach the build log'
