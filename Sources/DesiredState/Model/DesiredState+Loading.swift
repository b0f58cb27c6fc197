import Foundation
public import YAML

extension DesiredState {
    /// Reads, parses and validates a desired-state file of `layout`'s kinds. `file` names it in diagnostics.
    ///
    /// Every problem is reported: YAML syntax (which stops the parse), then structure, types, AWS
    /// constraints, references, duplicate names and reference cycles.
    public static func load(text: String, file: String, layout: FileLayout) -> LoadResult {
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
        var decoder = NodeDecoder(
            file: file, document: document, layout: layout,
            declared: DeclaredAddresses(document: document, layout: layout))
        let value = decoder.decode(root, as: .object(layout.root), at: .root, owner: nil)
        var diagnostics = decoder.diagnostics
        let model = ModelBuilder(file: file, root: value?.value, layout: layout)
        let checks = ConsistencyChecks(file: file, model: model, refersToResources: decoder.refersToResources)
        diagnostics.append(contentsOf: checks.run())
        diagnostics.append(contentsOf: PermissionChecks(file: file, model: model, root: value?.value).run())
        let state = diagnostics.hasErrors ? nil : model.state()
        if text.utf8.count >= YAMLParser.readAheadBytes {
            // The parsed document is no longer needed: a large one takes milliseconds to free, which
            // another thread can spend while the caller goes on.
            Thread.detachNewThread { withExtendedLifetime(document) {} }
        }
        return LoadResult(state: state, diagnostics: diagnostics.sorted())
    }

    /// Reads the file at `path` and loads it, naming it `path` in diagnostics.
    public static func load(path: String, layout: FileLayout) -> LoadResult {
        switch text(atPath: path) {
        case .success(let text): load(text: text, file: path, layout: layout)
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
