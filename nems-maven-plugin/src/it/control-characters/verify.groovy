// No line of the build log starts a workflow command or holds an escape sequence, whatever the recording's name.
def log = new File(basedir, 'build.log').text
assert !log.contains('\u001B') : 'an escape sequence reached the log'
assert !log.contains('\u0007')
log.split('\r\n|[\n\r]').each { line ->
    assert !line.startsWith('::') : 'a line of the log starts a workflow command: ' + line
}
assert log.contains('[ERROR] src/test/nems/x\\n::error file=a,line=1::forged\\n::add-mask::secret\\u001B[31mred'
        + '\\u001B]0;title\\u0007.http:1: http.unsupported-method: PUT is not supported')
assert log.contains('BUILD SUCCESS')
