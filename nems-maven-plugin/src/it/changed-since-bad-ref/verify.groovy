def log = new File(basedir, 'build.log').text
assert log.contains("check (default) on project changed-since-bad-ref: changedSince origin/main: the revision"
        + " 'origin/main' is not in this clone (a shallow clone): fetch the history (actions/checkout with"
        + " fetch-depth: 0, or git fetch origin main)")
assert !log.contains('bad revision')
assert !log.contains('\tat org.nemsrules')
assert !log.contains('GitException')
