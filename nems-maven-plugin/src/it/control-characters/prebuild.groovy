// A recording whose name holds a line feed, a GitHub Actions workflow command and terminal escape sequences. Made
// here rather than kept in git, where such a name would break checkouts on some systems.
def dir = new File(basedir, 'src/test/nems')
dir.mkdirs()
def name = 'x\n::error file=a,line=1::forged\n::add-mask::secret\u001B[31mred\u001B]0;title\u0007.http'
new File(dir, name).text = 'PUT https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1\n' +
        'InteractionID: urn:x\n::warning::from a value\u001B[2J\n'
return true
