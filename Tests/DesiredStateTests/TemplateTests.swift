import DesiredState
import Reconcile
import Testing

@Suite struct Templates {
    private let prodArn = Reference(target: Address(["connect", "prod"]), attribute: .arn)

    @Test func splitsLiteralTextAndReferences() throws {
        let template = try Template.parse("${connect.prod.arn}/agent/*").get()
        #expect(template.parts == [.reference(prodArn), .literal("/agent/*")])
        #expect(template.references == [prodArn])
        #expect(template.literal == nil)
        #expect(template.resolve { _ in "arn:x" } == "arn:x/agent/*")
        #expect(template.description == "${connect.prod.arn}/agent/*")
    }

    @Test func parsesEveryReferenceForm() throws {
        let forms = [
            "${connect.prod.id}": Reference(target: Address(["connect", "prod"]), attribute: .id),
            "${connect.prod.securityProfiles.agent.arn}": Reference(
                target: Address(["connect", "prod", "securityProfiles", "agent"]), attribute: .arn),
            "${connect.prod.authenticationProfiles.default.id}": Reference(
                target: Address(["connect", "prod", "authenticationProfiles", "default"]), attribute: .id),
            "${rolesAnywhere.profiles.connect-ops.arn}": Reference(
                target: Address(["rolesAnywhere", "profiles", "connect-ops"]), attribute: .arn),
        ]
        for (text, reference) in forms {
            #expect(try Template.parse(text).get().parts == [.reference(reference)])
            #expect(reference.description == text)
        }
    }

    @Test func dollarDollarBraceIsALiteralDollarBrace() throws {
        let template = try Template.parse("cost $5, $${connect.prod.arn}").get()
        #expect(template.literal == "cost $5, ${connect.prod.arn}")
        #expect(template.description == "cost $5, $${connect.prod.arn}")
    }

    @Test func iamPolicyVariablesStayLiteral() throws {
        let template = try Template.parse("home/${aws:username}/${*}/${?}/${$}").get()
        #expect(template.literal == "home/${aws:username}/${*}/${?}/${$}")
    }

    @Test(arguments: [
        ("${connect.prod}", "invalid reference ${connect.prod}: it must end with .arn or .id"),
        (
            "${connect.prod.ARN}",
            "invalid reference ${connect.prod.ARN}: it must end with .arn or .id; did you mean \"arn\"?"
        ),
        (
            "${connect.prod.securityProfiles.arn}",
            "invalid reference ${connect.prod.securityProfiles.arn}: expected ${connect.<instance>.arn|id} or "
                + "${connect.<instance>.<collection>.<key>.arn|id}"
        ),
        ("${connect..arn}", "invalid reference ${connect..arn}: it has an empty component"),
        ("${}", "invalid reference ${}: it must start with connect. or rolesAnywhere."),
        ("${connect.prod.arn", "unterminated reference \"${connect.prod.arn\": add the closing }"),
    ])
    func rejectsMalformedReferences(text: String, message: String) {
        #expect(throws: Template.ParseError(message: message)) { try Template.parse(text).get() }
    }

    @Test(arguments: [
        (
            "${rolesAnywhere.trustAnchors.x.arn}",
            "invalid reference ${rolesAnywhere.trustAnchors.x.arn}: unknown collection \"trustAnchors\" (known: profiles)"
        ),
        (
            "${connect.prod.securityProfile.agent.id}",
            "invalid reference ${connect.prod.securityProfile.agent.id}: unknown collection \"securityProfile\"; did "
                + "you mean \"securityProfiles\"?"
        ),
        ("${connect.prod.securityProfiles.agent.arn}", nil),
        ("${connect.prod.arn}", nil),
    ])
    func theLayoutKnowsTheCollectionsReferencesName(text: String, problem: String?) throws {
        let reference = try #require(try Template.parse(text).get().references.first)
        #expect(Kinds.layout.problem(with: reference) == problem)
    }

    @Test func anUnterminatedBraceThatIsNotAReferenceIsText() throws {
        #expect(try Template.parse("a ${b").get().literal == "a ${b")
    }
}
