def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] src\/test\/nems\/create\.http:\d+: subscription\.profile: EMS-Subscription-1: /
assert log =~ /NEMS check failed: 1 file, 1 request: 1 error/
assert !log.contains('\tat org.nemsrules')
