import java.util.zip.ZipFile

// The plugin's jar carries the library's classes as this build compiled them, byte for byte: a jar left from an
// earlier build and shaded again would keep the old ones (see the maven-jar-plugin's forceCreation in its pom).
def pluginJar = new File(localRepositoryPath,
        "org/nemsrules/nems-maven-plugin/${projectVersion}/nems-maven-plugin-${projectVersion}.jar")
def libraryClasses = new File(basedir, '../../../../nems-rules/target/classes').canonicalFile
assert pluginJar.file : "no plugin jar at $pluginJar"
assert new File(libraryClasses, 'org/nemsrules').directory : "no library classes at $libraryClasses"

def compared = 0
def differing = []
new ZipFile(pluginJar).withCloseable { jar ->
    libraryClasses.eachFileRecurse { file ->
        if (!file.name.endsWith('.class')) return
        def name = libraryClasses.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/' as char)
        def entry = jar.getEntry(name)
        if (entry == null || !Arrays.equals(jar.getInputStream(entry).bytes, file.bytes)) {
            differing << name
        }
        compared++
    }
}
assert compared > 300 : "only $compared library classes found under $libraryClasses"
assert differing.empty : "${differing.size()} of $compared library classes missing or different in $pluginJar, e.g. ${differing.take(5)}"
