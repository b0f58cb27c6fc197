import Reconcile
import Testing

@Suite struct DependencyGraphTests {
    @Test func ordersDependenciesFirstAndKeepsDeclarationOrderOtherwise() throws {
        var graph = DependencyGraph()
        for node in ["a", "b", "c", "d"] { graph.add(node) }
        graph.add("a", dependsOn: "c")
        graph.add("b", dependsOn: "a")
        #expect(try graph.topologicalOrder().get() == ["c", "d", "a", "b"])
        #expect(graph.dependencies(of: "b") == ["a"])
    }

    @Test func reportsACycleWithItsPath() {
        var graph = DependencyGraph()
        graph.add("x")
        graph.add("a", dependsOn: "b")
        graph.add("b", dependsOn: "c")
        graph.add("c", dependsOn: "a")
        #expect(throws: DependencyCycle(path: ["a", "b", "c", "a"])) { try graph.topologicalOrder().get() }
        #expect(DependencyCycle(path: ["a", "b", "a"]).description == "dependency cycle: a -> b -> a")
    }

    @Test func aSelfReferenceIsACycle() {
        var graph = DependencyGraph()
        graph.add("a", dependsOn: "a")
        #expect(throws: DependencyCycle(path: ["a", "a"])) { try graph.topologicalOrder().get() }
    }
}
