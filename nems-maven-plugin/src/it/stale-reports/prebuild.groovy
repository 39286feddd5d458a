// A file of the user's own in the report directory: the plugin removes only the report files it names.
def dir = new File(basedir, 'target/nems-reports')
dir.mkdirs()
new File(dir, 'notes.txt').text = 'kept'
true
