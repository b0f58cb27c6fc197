/// Resources and the resources each must wait for. Gives apply its order and refuses cycles.
public struct DependencyGraph: Sendable, Equatable {
    /// Nodes in the order they were declared: the tie-break that keeps plans stable from run to run.
    public private(set) var nodes: [String] = []
    /// For each node, the nodes it depends on (must come first).
    public private(set) var dependencies: [String: Set<String>] = [:]
    /// Each node's place in `nodes`.
    private var positions: [String: Int] = [:]

    public init() {}

    /// Adds a node (again: no effect).
    public mutating func add(_ node: String) {
        if dependencies[node] == nil {
            positions[node] = nodes.count
            nodes.append(node)
            dependencies[node] = []
        }
    }

    /// Records that `node` must come after `dependency`; adds both if needed.
    public mutating func add(_ node: String, dependsOn dependency: String) {
        add(node)
        add(dependency)
        dependencies[node, default: []].insert(dependency)
    }

    /// The nodes `node` depends on, in declaration order.
    public func dependencies(of node: String) -> [String] {
        guard let set = dependencies[node], !set.isEmpty else { return [] }
        return set.sorted { positions[$0]! < positions[$1]! }
    }

    /// Every node after all of its dependencies; among nodes that are ready together, declaration order.
    /// A cycle is returned as the nodes along it, first node repeated at the end.
    public func topologicalOrder() -> Result<[String], DependencyCycle> {
        // Nodes are ready together when their longest chain of dependencies is as long: placing them by that
        // depth, then declaration order, is the order of the rounds below without scanning every node each round.
        if let depths = depths() {
            return .success(nodes.indices.sorted { (depths[$0], $0) < (depths[$1], $1) }.map { nodes[$0] })
        }
        return rounds()
    }

    /// The length of each node's longest chain of dependencies, by position; nil when there is a cycle.
    private func depths() -> [Int]? {
        var depths = [Int](repeating: -1, count: nodes.count)
        var onPath = [Bool](repeating: false, count: nodes.count)
        for start in nodes.indices where depths[start] < 0 {
            // Depth-first, without recursion: each frame is a node and the dependencies still to visit.
            var stack: [(node: Int, pending: [Int])] = [(start, dependencyPositions(start))]
            onPath[start] = true
            while let top = stack.last {
                if let next = top.pending.last {
                    stack[stack.count - 1].pending.removeLast()
                    if onPath[next] { return nil }
                    if depths[next] < 0 {
                        onPath[next] = true
                        stack.append((next, dependencyPositions(next)))
                    }
                    continue
                }
                let depth = (dependencies[nodes[top.node]] ?? []).map { depths[positions[$0]!] + 1 }.max() ?? 0
                depths[top.node] = depth
                onPath[top.node] = false
                stack.removeLast()
            }
        }
        return depths
    }

    private func dependencyPositions(_ position: Int) -> [Int] {
        (dependencies[nodes[position]] ?? []).map { positions[$0]! }
    }

    /// The order by rounds: each round places every node whose dependencies earlier rounds placed.
    private func rounds() -> Result<[String], DependencyCycle> {
        var remaining = dependencies
        var order: [String] = []
        var placed: Set<String> = []
        while order.count < nodes.count {
            let ready = nodes.filter { !placed.contains($0) && remaining[$0, default: []].isSubset(of: placed) }
            guard !ready.isEmpty else { return .failure(DependencyCycle(path: findCycle(excluding: placed))) }
            for node in ready {
                order.append(node)
                placed.insert(node)
                remaining[node] = nil
            }
        }
        return .success(order)
    }

    /// A cycle among the nodes not yet placed, found by walking dependencies until a node repeats.
    private func findCycle(excluding placed: Set<String>) -> [String] {
        guard var current = nodes.first(where: { !placed.contains($0) }) else { return [] }
        var path: [String] = []
        var seenAt: [String: Int] = [:]
        while seenAt[current] == nil {
            seenAt[current] = path.count
            path.append(current)
            // Some unplaced dependency exists, or the node would have been ready.
            guard let next = dependencies(of: current).first(where: { !placed.contains($0) }) else { return path }
            current = next
        }
        return Array(path[seenAt[current]!...]) + [current]
    }
}

/// A dependency cycle: `a -> b -> a`. Nothing can be applied while one exists.
public struct DependencyCycle: Error, Equatable, Sendable, CustomStringConvertible {
    /// The nodes along the cycle, the first repeated at the end.
    public var path: [String]

    public init(path: [String]) { self.path = path }

    public var description: String {
        "dependency cycle: " + path.joined(separator: " -> ")
    }
}
