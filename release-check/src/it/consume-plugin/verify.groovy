// A supplier's project, built with an empty local repository, took the plugin from the release repository and ran it.
def log = new File(basedir, 'build.log').text

// 1. nems:check ran and failed the build on the recorded PUT, as it does for a supplier.
assert log.contains('[ERROR] src/test/nems/update.http:1: http.unsupported-method: PUT is not supported')
assert log =~ /NEMS check failed: 5 findings at error or above in 1 file, 1 request/
// 2. The help goal of the released plugin describes check's parameters (docs/maven-plugin.md lists the same ones).
assert log.contains('nems:check')
assert log.contains('User property: nems.failOnSeverity')

// 3. Every org.nemsrules file in the fresh local repository was downloaded from the release repository: the
// resolver records the id of the repository each file came from in _remote.repositories.
def fresh = new File(freshRepository as String, 'org/nemsrules')
def plugin = new File(fresh, "nems-maven-plugin/${nemsVersion}")
assert plugin.isDirectory() : "the plugin is not in the fresh local repository ${fresh}"
def origins = []
fresh.eachFileRecurse { file ->
    if (file.name == '_remote.repositories') {
        file.readLines().findAll { it.contains('>') }.each { origins << "${file.parentFile.name}: ${it}" }
    }
}
assert origins.any { it.contains('nems-maven-plugin') && it.endsWith('>nems-release=') } : origins
assert origins.every { it.endsWith('>nems-release=') } : "org.nemsrules came from elsewhere too: ${origins}"
assert new File(plugin, 'maven-metadata-nems-release.xml').isFile()

// 4. The release repository holds the published modules, each with its sources and javadoc jars and its SBOM.
def release = new File(releaseRepository as String, 'org/nemsrules')
['nems-rules', 'nems-cli', 'nems-maven-plugin'].each { module ->
    def files = new File(release, "${module}/${nemsVersion}").list() as List
    assert files != null : "${module} was not deployed to ${release}"
    ['.jar', '-sources.jar', '-javadoc.jar', '.pom', '-cyclonedx.json', '-cyclonedx.xml'].each { suffix ->
        def found = files.findAll { it.endsWith(suffix) && (suffix != '.jar' || !(it =~ /-(sources|javadoc)\.jar$/)) }
        assert !found.isEmpty() : "${module}: no ${suffix} in ${files}"
    }
}
assert new File(release, "nems-rules-parent/${nemsVersion}").isDirectory()
// Modules that ship nothing are not published.
['nems-bench', 'sample-payloads', 'release-check'].each { assert !new File(release, it).exists() : it }
true // the invoker reads a script's last value: anything else is a failure
