/// A compiled pattern: instructions for a backtracking matcher that never visits an (instruction, position)
/// pair twice.
struct Program: Sendable {
    enum Instruction: Sendable {
        /// Consume one scalar of the set, or fail.
        case scalar(ScalarSet)
        /// Try the first target, and on failure the second.
        case split(Int, Int)
        case jump(Int)
        case start
        case end
        /// Whether `lookaheads[index]` matches here, consuming nothing; fail unless that is `!negated`.
        case lookahead(Int, negated: Bool)
        case match
    }

    private(set) var instructions: [Instruction] = []
    private(set) var lookaheads: [Program] = []

    init(_ node: PatternNode) {
        emit(node)
        instructions.append(.match)
    }

    private mutating func emit(_ node: PatternNode) {
        switch node {
        case .scalar(let set): instructions.append(.scalar(set))
        case .start: instructions.append(.start)
        case .end: instructions.append(.end)
        case .sequence(let items): for item in items { emit(item) }
        case .alternation(let branches):
            var exits: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(split + 1, 0))
                    emit(branch)
                    exits.append(instructions.count)
                    instructions.append(.jump(0))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    emit(branch)
                }
            }
            for exit in exits { instructions[exit] = .jump(instructions.count) }
        case .repetition(let body, let min, let max):
            for _ in 0..<min { emit(body) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(instructions.count)
                    instructions.append(.split(instructions.count + 1, 0))
                    emit(body)
                }
                for split in splits { instructions[split] = .split(split + 1, instructions.count) }
            } else {
                let loop = instructions.count
                instructions.append(.split(loop + 1, 0))
                emit(body)
                instructions.append(.jump(loop))
                instructions[loop] = .split(loop + 1, instructions.count)
            }
        case .lookahead(let body, let negated):
            lookaheads.append(Program(body))
            instructions.append(.lookahead(lookaheads.count - 1, negated: negated))
        }
    }

    /// Whether the program matches `text` from `start`: all the rest of it when `wholly`, else any prefix.
    func matches(_ text: [UInt32], from start: Int, wholly: Bool) -> Bool {
        let width = text.count + 1
        var visited = [UInt64](repeating: 0, count: (instructions.count * width + 63) / 64)
        var pending: [(instruction: Int, position: Int)] = [(0, start)]
        while let (firstInstruction, firstPosition) = pending.popLast() {
            var instruction = firstInstruction
            var position = firstPosition
            thread: while true {
                let state = instruction * width + position
                let bit: UInt64 = 1 << UInt64(state & 63)
                if visited[state >> 6] & bit != 0 { break thread }
                visited[state >> 6] |= bit
                switch instructions[instruction] {
                case .scalar(let set):
                    guard position < text.count, set.contains(text[position]) else { break thread }
                    instruction += 1
                    position += 1
                case .split(let preferred, let other):
                    pending.append((other, position))
                    instruction = preferred
                case .jump(let target):
                    instruction = target
                case .start:
                    guard position == 0 else { break thread }
                    instruction += 1
                case .end:
                    guard position == text.count else { break thread }
                    instruction += 1
                case .lookahead(let index, let negated):
                    guard lookaheads[index].matches(text, from: position, wholly: false) != negated else {
                        break thread
                    }
                    instruction += 1
                case .match:
                    if !wholly || position == text.count { return true }
                    break thread
                }
            }
        }
        return false
    }
}
