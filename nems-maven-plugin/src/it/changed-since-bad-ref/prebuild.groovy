// Makes the project what a default GitHub Actions checkout of a pull request is: a clone of one commit (shallow),
// with 'origin' as its remote but no 'origin/main' fetched.
def git(File dir, String... command) {
    def process = new ProcessBuilder(["git"] + (command as List)).directory(dir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : command.join(' ') + ': ' + output
}
def origin = new File(basedir.parentFile, basedir.name + '-origin.git')
def checkout = new File(basedir.parentFile, basedir.name + '-checkout')
[origin, checkout, new File(basedir, '.git')].each { it.deleteDir() }   // left by an earlier run
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git(basedir, 'init', '-q', '-b', 'main')
git(basedir, 'add', '.')
git(basedir, '-c', 'user.name=it', '-c', 'user.email=it@example.org', '-c', 'commit.gpgsign=false',
        'commit', '-q', '-m', 'the base branch')
git(basedir, '-c', 'user.name=it', '-c', 'user.email=it@example.org', '-c', 'commit.gpgsign=false',
        'commit', '-q', '--allow-empty', '-m', 'the pull request')
git(basedir.parentFile, 'clone', '-q', '--bare', basedir.path, origin.path)
new File(basedir, '.git').deleteDir()
git(basedir.parentFile, 'clone', '-q', '--depth', '1', '--no-checkout', 'file://' + origin.path, checkout.path)
assert new File(checkout, '.git').renameTo(new File(basedir, '.git'))
checkout.deleteDir()
git(basedir, 'reset', '-q')
git(basedir, 'update-ref', '-d', 'refs/remotes/origin/main')
return true
