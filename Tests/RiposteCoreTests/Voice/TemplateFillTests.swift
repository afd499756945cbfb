import Testing
import RiposteCore

/// An agent inserts a template: the names are filled in, anything unknown stays for them to see.
@Suite struct TemplateFillTests {
    let values = TemplateValues(customerName: "Dave Roberts", customerHandle: "@dave_r", agentName: "Anne-Marie Cole",
                                brandName: "Riposte Mobile", brandHandle: "@riposte", network: .mastodon)

    @Test("every placeholder is filled")
    func everyPlaceholder() {
        let template = TemplateValues.placeholders.map { "\($0)={\($0)}" }.joined(separator: " ")
        #expect(values.fill(template) == """
            customer.name=Dave Roberts customer.first_name=Dave customer.handle=@dave_r \
            agent.name=Anne-Marie Cole agent.first_name=Anne-Marie agent.initials=AMC \
            brand=Riposte Mobile brand.handle=@riposte network=Mastodon
            """)
    }

    @Test("an unknown placeholder stays as written, and so do braces that are no placeholder")
    func unknownPlaceholders() {
        #expect(values.fill("Hi {customer.first_name} {customer.nickname}, {} { brand } {9} {brand}!")
            == "Hi Dave {customer.nickname}, {} { brand } {9} Riposte Mobile!")
    }

    @Test("a placeholder with no value stays visible, so the agent fills it in rather than sending \"Hi ,\"")
    func emptyValues() {
        let partial = TemplateValues(agentName: "Jo Smith")
        #expect(partial.fill("Hi {customer.first_name}, {agent.first_name} here ^{agent.initials}")
            == "Hi {customer.first_name}, Jo here ^JS")
    }

    @Test("given initials win over the ones worked out from the name")
    func givenInitials() {
        #expect(TemplateValues(agentName: "Jo Smith", agentInitials: "JoS").fill("^{agent.initials}") == "^JoS")
    }

    @Test("text around placeholders keeps its emoji and accents")
    func textAroundIsKept() {
        #expect(values.fill("☕️ {customer.first_name}́ café {brand.handle}🎉") == "☕️ Davé café @riposte🎉")
    }

    @Test("a reply from a template ends with the voice's sign-off, filled")
    func replyWithSignOff() {
        let voice = VoiceLibrary.builtin.first { $0.id == "formal" }!
        let reply = voice.reply(from: VoiceTemplate(name: "t", text: "Dear {customer.name}, thank you."), with: values)
        #expect(reply == "Dear Dave Roberts, thank you. Kind regards, Anne-Marie Cole, Riposte Mobile")
    }

    @Test("values for a real case come from the accounts and the agent")
    func fromAccounts() {
        let customer = Account(network: .bluesky, handle: "@dave.bsky.social", name: "Dave R", followers: 10, role: .customer)
        let brand = Account(network: .bluesky, handle: "@riposte.bsky.social", name: "Riposte", followers: 10, role: .brand)
        let values = TemplateValues(customer: customer, agent: Agent(name: "Jo Smith", role: .agent), brand: brand)
        #expect(values.fill("{customer.handle} {agent.initials} {brand} {network}") == "@dave.bsky.social JS Riposte Bluesky")
    }
}
