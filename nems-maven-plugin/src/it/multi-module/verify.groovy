def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
// the module without recordings says so in one line
assert log =~ /\[INFO\] No NEMS recordings: none of \[.*no-recordings.*\] exists/
['clean', 'warned', 'clean-too'].each { module ->
    def t1 = new File(basedir, module + '/target/reports-t1/nems-check.txt')
    def t4 = new File(basedir, module + '/target/reports-t4/nems-check.txt')
    assert t1.isFile() : t1
    assert t4.isFile() : t4
    assert t1.text == t4.text : module + ': -T 1 and -T 4 reports differ'
    assert new File(basedir, module + '/target/reports-t4/nems-check.sarif').isFile()
}
assert new File(basedir, 'warned/target/reports-t4/nems-check.txt').text.contains('warning http.base-path')
assert new File(basedir, 'clean/target/reports-t4/nems-check.txt').text.contains('1 file, 1 request: 0 errors, 0 warnings')
assert !new File(basedir, 'no-recordings/target/reports-t1').exists()
