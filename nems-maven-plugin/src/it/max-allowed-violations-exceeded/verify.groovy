def log = new File(basedir, 'build.log').text
assert log.contains('NEMS check failed: 5 findings at error or above (at most 4 allowed) in 1 file, 1 request: 5 errors')
