import DesiredState
import Testing

@Suite struct TemplateEscapingTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("${connect.prod.arn}", "$${connect.prod.arn}"),
        ("a ${b} c", "a $${b} c"),
        ("${aws:username}", "${aws:username}"),
        ("${*} ${?} ${$}", "${*} ${?} ${$}"),
        ("$${x}", "$$${x}"),
        ("$${aws:userid}", "$$${aws:userid}"),
        ("$$ and $", "$$ and $"),
        ("${unterminated", "$${unterminated"),
        ("${connect.prod.arn", "$${connect.prod.arn"),
    ])
    func writesLiteralsSoTheyReadBackAsThemselves(literal: String, source: String) throws {
        #expect(Template.source(forLiteral: literal) == source)
        let template = try Template.parse(source).get()
        #expect(template.references.isEmpty)
        #expect(template.literal == literal)
    }
}
