def log = new File(basedir, 'build.log').text
// only recorded/delete.http: recorded/drafts/update.http is excluded, scratch/update.http and notes.json are not included
assert log.contains('NEMS check: 1 file, 1 request: 0 errors')
assert !log.contains('update.http')
assert !log.contains('notes.json')
assert log.contains('BUILD SUCCESS')
