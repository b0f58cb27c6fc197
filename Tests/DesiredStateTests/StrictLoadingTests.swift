import DesiredState
import Reconcile
import Testing
import YAML

/// `--strict`'s load: every warning is an error, and a file with one has no state.
@Suite struct StrictLoading {
    @Test func everyWarningBecomesAnErrorAtTheSamePlace() {
        let text = """
            version: 1
            connect:
              prod:
                alias: acme
                authenticationProfiles:
                  default: {name: Default, periodicSessionDuration: 30}
                securityProfiles:
                  a: {name: A, permissions: [ListenToCalls]}
            """
        let loaded = DesiredState.load(text: text, file: "w.yaml", layout: Kinds.layout)
        #expect(loaded.state != nil)
        #expect(loaded.diagnostics.map(\.severity) == [.warning, .warning])
        let strict = loaded.treatingWarningsAsErrors()
        #expect(strict.state == nil)
        #expect(strict.diagnostics.map(\.severity) == [.error, .error])
        #expect(strict.diagnostics.map(\.message) == loaded.diagnostics.map(\.message))
        #expect(strict.diagnostics.map(\.location) == loaded.diagnostics.map(\.location))
    }

    @Test func aFileWithoutWarningsIsUnchanged() {
        let loaded = DesiredState.load(text: "version: 1\n", file: "ok.yaml", layout: Kinds.layout)
        #expect(loaded.treatingWarningsAsErrors() == loaded)
    }
}
