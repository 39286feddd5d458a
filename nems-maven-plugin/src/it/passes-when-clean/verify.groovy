def log = new File(basedir, 'build.log').text
assert log.contains('NEMS check: 1 file, 1 request: 0 errors')
assert log.contains('BUILD SUCCESS')
assert log.contains('checks were not possible: config.environment')
