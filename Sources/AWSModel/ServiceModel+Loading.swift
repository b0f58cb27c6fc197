extension ServiceModel {
    /// Reads an embedded model. The text is generated and committed, so any defect is a build defect.
    init(embedded text: String) {
        let root: JSONValue
        do {
            root = try JSONValue(parsing: text)
        } catch {
            preconditionFailure("embedded service model is not JSON: \(error)")
        }
        let metadata = root["metadata"] ?? .null
        serviceID = metadata["serviceId"]?.stringValue ?? ""
        signingName = metadata["signingName"]?.stringValue ?? metadata["endpointPrefix"]?.stringValue ?? ""
        endpointPrefix = metadata["endpointPrefix"]?.stringValue ?? ""
        apiVersion = metadata["apiVersion"]?.stringValue ?? ""
        wireProtocol = metadata["protocol"]?.stringValue ?? ""
        xmlNamespace = metadata["xmlNamespace"]?.stringValue
        botocoreVersion = root["botocoreVersion"]?.stringValue ?? ""

        var operations: [String: OperationModel] = [:]
        for (name, spec) in root["operations"]?.objectValue ?? [:] {
            operations[name] = OperationModel(
                name: name,
                method: spec["http"]?["method"]?.stringValue ?? "POST",
                requestURI: spec["http"]?["requestUri"]?.stringValue ?? "/",
                successCode: Int(spec["http"]?["responseCode"]?.integerValue ?? 200),
                input: spec["input"]?["shape"]?.stringValue,
                output: spec["output"]?["shape"]?.stringValue,
                resultWrapper: spec["output"]?["resultWrapper"]?.stringValue,
                errors: (spec["errors"]?.arrayValue ?? []).compactMap { $0["shape"]?.stringValue },
                requiresSignature: spec["authtype"]?.stringValue != "none"
            )
        }
        self.operations = operations

        var shapes: [String: Shape] = [:]
        for (name, spec) in root["shapes"]?.objectValue ?? [:] {
            shapes[name] = Shape(name: name, spec: spec)
        }
        self.shapes = shapes

        var paginators: [String: Paginator] = [:]
        for (name, spec) in root["paginators"]?.objectValue ?? [:] {
            let resultKeys: [String]
            switch spec["result_key"] {
            case .string(let key): resultKeys = [key]
            case .array(let keys): resultKeys = keys.compactMap(\.stringValue)
            default: resultKeys = []
            }
            paginators[name] = Paginator(
                inputToken: spec["input_token"]?.stringValue ?? "NextToken",
                outputToken: spec["output_token"]?.stringValue ?? "NextToken",
                limitKey: spec["limit_key"]?.stringValue,
                resultKeys: resultKeys
            )
        }
        self.paginators = paginators
    }
}

extension Shape {
    fileprivate init(name: String, spec: JSONValue) {
        self.name = name
        let kindName = spec["type"]?.stringValue ?? "structure"
        guard let kind = Kind(rawValue: kindName) else {
            preconditionFailure("shape \(name) has unsupported type \(kindName)")
        }
        self.kind = kind
        var members: [String: Member] = [:]
        for (memberName, memberSpec) in spec["members"]?.objectValue ?? [:] {
            members[memberName] = Member(name: memberName, spec: memberSpec)
        }
        self.members = members
        required = Set((spec["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        member = spec["member"].map { Member(name: "member", spec: $0) }
        key = spec["key"].map { Member(name: "key", spec: $0) }
        value = spec["value"].map { Member(name: "value", spec: $0) }
        min = spec["min"]?.integerValue
        max = spec["max"]?.integerValue
        pattern = spec["pattern"]?.stringValue
        enumValues = spec["enum"]?.arrayValue?.compactMap(\.stringValue)
        if let error = spec["error"] {
            self.error = ErrorTrait(
                code: error["code"]?.stringValue,
                httpStatusCode: Int(error["httpStatusCode"]?.integerValue ?? 400),
                senderFault: error["senderFault"]?.boolValue ?? false
            )
        } else {
            self.error = nil
        }
        isException = spec["exception"]?.boolValue ?? false
        timestampFormat = spec["timestampFormat"]?.stringValue.flatMap(TimestampFormat.init(rawValue:))
        isSensitive = spec["sensitive"]?.boolValue ?? false
        isUnion = spec["union"]?.boolValue ?? false
    }
}

extension Member {
    fileprivate init(name: String, spec: JSONValue) {
        self.name = name
        shape = spec["shape"]?.stringValue ?? ""
        location = spec["location"]?.stringValue.flatMap(Location.init(rawValue:)) ?? .body
        locationName = spec["locationName"]?.stringValue
    }
}
