extension StringFormat {
    /// What is wrong with `text` in this format (a phrase completing "<value> …"), or `nil` if nothing is.
    func problem(with text: String) -> String? {
        switch self {
        case .cidr:
            switch CIDRBlock.parse(text) {
            case .success: return nil
            case .failure(let failure): return "is not a valid CIDR block: \(failure.reason)"
            }
        case .iamRoleArn:
            return IAMARN.isRole(text)
                ? nil : "is not an IAM role ARN (arn:aws:iam::<12-digit account id>:role/<name>)"
        case .iamPolicyArn:
            return IAMARN.isPolicy(text)
                ? nil
                : "is not an IAM managed policy ARN (arn:aws:iam::aws:policy/<name> or "
                    + "arn:aws:iam::<12-digit account id>:policy/<name>)"
        }
    }
}
