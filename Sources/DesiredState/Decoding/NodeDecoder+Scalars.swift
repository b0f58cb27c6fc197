import YAML

extension NodeDecoder {
    mutating func decodeString(_ node: Int, rule: StringRule, at path: ValuePath) -> Value? {
        guard document.scalarType(node) == .string, let text = document.text(node) else {
            mismatch(node, expected: .string(rule), at: path)
            return nil
        }
        return decodeString(text, at: document.location(node), rule: rule, at: path)
    }

    /// Decodes a string's text as written at `location` (in a field that may hold references, `$${` is
    /// unescaped as references are parsed; in any other, it is unescaped alone).
    mutating func decodeString(_ text: String, at location: SourceLocation, rule: StringRule, at path: ValuePath)
        -> Value?
    {
        let template: Template
        if rule.allowsReferences {
            switch Template.parse(text) {
            case .success(let parsed): template = parsed
            case .failure(let failure):
                error(.referenceSyntax, path.message(failure.message), at: location)
                return nil
            }
            guard checkReferences(template.references, at: location, path: path) else { return nil }
        } else {
            template = Template(literal: Template.unescaping(text))
        }
        // A value with a reference is not known until apply: its constraints cannot be checked now.
        if let literal = template.literal {
            guard check(literal, subject: Self.quoted(literal), rule: rule, at: location, path: path) else {
                return nil
            }
        }
        return .string(template)
    }

    /// Checks a string against its rule, reporting the first violation; returns whether it passed. What a
    /// value should look like (enum, format, pattern) is reported before its length, as the more helpful.
    mutating func check(
        _ text: String, subject: @autoclosure () -> String, rule: StringRule, at location: SourceLocation,
        path: ValuePath
    ) -> Bool {
        // A string has at most as many characters (Unicode scalars) as UTF-8 bytes and at least a quarter as
        // many: they are counted only when the byte count leaves the limits in doubt.
        let bytes = text.utf8.count
        let withinLimits =
            (rule.maxLength.map { bytes <= $0 } ?? true) && (rule.minLength.map { (bytes + 3) / 4 >= $0 } ?? true)
        let length = withinLimits ? nil : text.unicodeScalars.count
        if bytes == 0, let minimum = rule.minLength, minimum > 0 {
            error(.valueLength, path.message("\(subject()) must not be empty"), at: location)
            return false
        }
        if !rule.allows(text), let allowed = rule.allowedValues {
            let message =
                allowed.count == 1
                ? "\(subject()) is not allowed; expected \(allowed[0])"
                : "\(subject()) is not one of \(allowed.joined(separator: ", "))"
                    + Suggestion.hint(for: text, among: allowed)
            error(.valueNotAllowed, path.message(message), at: location)
            return false
        }
        if let format = rule.format, let problem = format.problem(with: text) {
            error(.valueInvalid, path.message("\(subject()) \(problem)"), at: location)
            return false
        }
        if let pattern = rule.compiledPattern, !pattern.wholeMatch(text) {
            let expected = rule.patternHint ?? "a match for the pattern \(pattern.source)"
            error(.valueInvalid, path.message("\(subject()) is invalid: expected \(expected)"), at: location)
            return false
        }
        if let length, let minimum = rule.minLength, length < minimum {
            error(
                .valueLength,
                path.message("\(subject()) is \(length) characters long; AWS requires at least \(minimum)"),
                at: location)
            return false
        }
        if let length, let maximum = rule.maxLength, length > maximum {
            error(
                .valueLength,
                path.message("\(subject()) is \(length) characters long; AWS allows at most \(maximum)"), at: location)
            return false
        }
        return true
    }

    /// Reports references whose target this file does not declare; returns whether all resolve.
    mutating func checkReferences(_ references: [Reference], at location: SourceLocation, path: ValuePath) -> Bool {
        var valid = true
        for reference in references {
            if let problem = layout.problem(with: reference) {
                error(.referenceSyntax, path.message(problem), at: location)
                valid = false
                continue
            }
            guard let problem = declared.problem(with: reference) else {
                if !reference.targetsInstance { refersToResources = true }
                continue
            }
            error(.referenceUndeclared, path.message("reference \(reference) \(problem)"), at: location)
            valid = false
        }
        return valid
    }

    mutating func decodeInteger(_ node: Int, rule: IntegerRule, at path: ValuePath) -> Value? {
        guard let scalar = document.scalar(node), scalar.type == .int else {
            mismatch(node, expected: .integer(rule), at: path)
            return nil
        }
        guard let value = scalar.intValue else {
            error(.valueRange, path.message("\(scalar.value) is too large for an integer"), at: document.location(node))
            return nil
        }
        if let allowed = rule.allowedValues, !allowed.contains(value) {
            let expected = allowed.map(String.init).joined(separator: " or ")
            error(
                .valueNotAllowed, path.message("unsupported value \(value); expected \(expected)"),
                at: document.location(node))
            return nil
        }
        let outOfRange = value < (rule.minimum ?? .min) || value > (rule.maximum ?? .max)
        if outOfRange {
            let range =
                switch (rule.minimum, rule.maximum) {
                case (let minimum?, let maximum?): "\(minimum) to \(maximum)"
                case (let minimum?, nil): "at least \(minimum)"
                case (nil, let maximum?): "at most \(maximum)"
                case (nil, nil): ""
                }
            error(
                .valueRange, path.message("\(value) is out of range; AWS allows \(range)"), at: document.location(node))
            return nil
        }
        return .integer(value)
    }

    mutating func decodeBoolean(_ node: Int, at path: ValuePath) -> Value? {
        guard let scalar = document.scalar(node), let value = scalar.boolValue else {
            mismatch(node, expected: .boolean, at: path)
            return nil
        }
        return .boolean(value)
    }
}
