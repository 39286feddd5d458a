// Makes the project a git working tree: everything committed, then one recording edited and one added.
def run(String... command) {
    def process = new ProcessBuilder(command as List).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : command.join(' ') + ': ' + output
}
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
run('git', 'init', '-q')
run('git', 'add', '.')
run('git', '-c', 'user.name=it', '-c', 'user.email=it@example.org', '-c', 'commit.gpgsign=false',
        'commit', '-q', '-m', 'recordings as they were')
def delete = new File(basedir, 'src/test/nems/delete.http')
delete.text = '# edited after the commit\n' + delete.text
def added = new File(basedir, 'src/test/nems/delete-no-base-path.http')
added.text = delete.text.replace('nhs.uk/STU3/Subscription', 'nhs.uk/Subscription')
return true
