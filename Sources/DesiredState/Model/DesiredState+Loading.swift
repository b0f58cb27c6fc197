import Foundation
public import YAML

extension DesiredState {
    /// Reads, parses and validates a desired-state file of `layout`'s kinds. `file` names it in diagnostics;
    /// `variables` gives values to the variables it declares (beyond their defaults).
    ///
    /// Every problem is reported: YAML syntax (which stops the parse), variables and their values, then
    /// structure, types, AWS constraints, references, duplicate names and reference cycles, on the values the
    /// variables give. With `variables.requireAll` off, a variable without a value is a note and the values
    /// that use it are left out of the state (for `validate` to count; never to plan).
    public static func load(
        text: String, file: String, layout: FileLayout, variables inputs: VariableInputs = VariableInputs()
    ) -> LoadResult {
        let document: YAMLDocument
        do {
            document = try YAMLParser().document(text, file: file)
        } catch {
            return LoadResult(state: nil, diagnostics: error.sorted())
        }
        let root = document.root
        guard document.isMapping(root) else {
            let message =
                "the file must be a YAML mapping starting with \"version: 1\", found "
                + NodeDecoder.found(root, in: document)
            return LoadResult(
                state: nil, diagnostics: [.error(.typeMismatch, message, file: file, at: document.location(root))])
        }
        let declared = DeclaredAddresses(document: document, layout: layout)
        var diagnostics = Diagnostics()
        let declarations = VariableDeclaration.read(
            from: document, file: file, layout: layout, declared: declared, diagnostics: &diagnostics)
        var resolution = VariableResolution(file: file, document: document, inputs: inputs)
        var (variables, report) = resolution.resolve(declarations)
        diagnostics.append(contentsOf: resolution.diagnostics)
        var decoder = NodeDecoder(
            file: file, document: document, layout: layout, declared: declared, variables: variables)
        let value = decoder.decode(root, as: .object(layout.root), at: .root, owner: nil)
        diagnostics.append(contentsOf: decoder.diagnostics)
        let model = ModelBuilder(file: file, root: value?.value, layout: layout)
        let checks = ConsistencyChecks(file: file, model: model, refersToResources: decoder.refersToResources)
        diagnostics.append(contentsOf: checks.run())
        diagnostics.append(contentsOf: PermissionChecks(file: file, model: model, root: value?.value).run())
        if !decoder.sensitiveWritten.isEmpty {
            report.sensitiveTexts = VariableReport.hiding(report.sensitiveTexts + decoder.sensitiveWritten)
        }
        if !variables.names.isEmpty && !diagnostics.isEmpty {
            diagnostics = Self.naming(variables, in: diagnostics, file: file, document: document)
        }
        let state = diagnostics.hasErrors ? nil : model.state()
        if text.utf8.count >= YAMLParser.readAheadBytes {
            // The parsed document is no longer needed: a large one takes milliseconds to free, which
            // another thread can spend while the caller goes on.
            Thread.detachNewThread { withExtendedLifetime(document) {} }
        }
        return LoadResult(state: state, diagnostics: diagnostics.sorted(), variables: report)
    }

    /// The diagnostics, each about a value that variables gave also naming where those values came from. The
    /// uses are found only when there is something to say about them: the file's scalars at the diagnostics'
    /// places (one pass over the document, not a record kept of every use while decoding).
    private static func naming(
        _ variables: VariableTable, in diagnostics: Diagnostics, file: String, document: YAMLDocument
    ) -> Diagnostics {
        let places = Set(diagnostics.compactMap { $0.file == file ? $0.location : nil })
        var uses: [SourceLocation: [String]] = [:]
        for node in 0..<document.nodeCount {
            guard case .scalar(.string, _) = document.kind(node), places.contains(document.location(node)),
                let text = document.text(node)
            else { continue }
            switch VariableText.parse(text) {
            case .exact(let name): uses[document.location(node)] = [name]
            case .interpolated(let pieces):
                uses[document.location(node)] = pieces.compactMap {
                    if case .variable(let name) = $0 { return name }
                    return nil
                }
            case .none, .invalid: break
            }
        }
        guard !uses.isEmpty else { return diagnostics }
        return Diagnostics(
            diagnostics.map { diagnostic in
                guard diagnostic.file == file, let location = diagnostic.location, let names = uses[location] else {
                    return diagnostic
                }
                let sources = names.compactMap { name in
                    variables[name]?.value.map { "var.\(name) from \($0.origin)" }
                }
                guard !sources.isEmpty else { return diagnostic }
                var named = diagnostic
                named.message += " (the value of \(sources.joined(separator: " and ")))"
                return named
            })
    }

    /// Reads the file at `path` and loads it, naming it `path` in diagnostics.
    public static func load(path: String, layout: FileLayout, variables: VariableInputs = VariableInputs())
        -> LoadResult
    {
        switch text(atPath: path) {
        case .success(let text): load(text: text, file: path, layout: layout, variables: variables)
        case .failure(let problem): LoadResult(state: nil, diagnostics: problem)
        }
    }

    /// The text of the file at `path`, or why there is none (no such file, a directory, not UTF-8).
    public static func text(atPath path: String) -> Result<String, Diagnostics> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure([.error(.fileUnreadable, "no such file", file: path, at: nil)])
        }
        guard !isDirectory.boolValue else {
            return .failure([.error(.fileUnreadable, "is a directory, not a file", file: path, at: nil)])
        }
        if let text = FileText.ascii(atPath: path) { return .success(text) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure([.error(.fileUnreadable, "cannot read the file", file: path, at: nil)])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure([.error(.fileUnreadable, "is not valid UTF-8 text", file: path, at: nil)])
        }
        return .success(text)
    }
}
