/// What a template's placeholders are filled with: the person answered, the agent, the brand.
public struct TemplateValues: Hashable, Sendable {
    public var customerName: String
    /// With its leading "@".
    public var customerHandle: String
    public var agentName: String
    /// Such as "JS" for "Jo Smith"; worked out from `agentName` unless given.
    public var agentInitials: String
    public var brandName: String
    /// With its leading "@".
    public var brandHandle: String
    public var network: Network?

    public init(customerName: String = "", customerHandle: String = "", agentName: String = "",
                agentInitials: String? = nil, brandName: String = "", brandHandle: String = "",
                network: Network? = nil) {
        self.customerName = customerName
        self.customerHandle = customerHandle
        self.agentName = agentName
        self.agentInitials = agentInitials ?? Self.initials(of: agentName)
        self.brandName = brandName
        self.brandHandle = brandHandle
        self.network = network
    }

    /// The values for answering `customer` as `agent` from the brand's account `brand`.
    public init(customer: Account, agent: Agent, brand: Account) {
        self.init(customerName: customer.name, customerHandle: customer.handle, agentName: agent.name,
                  brandName: brand.name, brandHandle: brand.handle, network: customer.network)
    }

    /// Every placeholder a template may use, as written between braces.
    public static let placeholders = [
        "customer.name", "customer.first_name", "customer.handle",
        "agent.name", "agent.first_name", "agent.initials",
        "brand", "brand.handle", "network",
    ]

    /// The value of a placeholder, or nil if there is no such placeholder.
    public func value(of placeholder: String) -> String? {
        switch placeholder {
        case "customer.name": customerName
        case "customer.first_name": Self.firstName(of: customerName)
        case "customer.handle": customerHandle
        case "agent.name": agentName
        case "agent.first_name": Self.firstName(of: agentName)
        case "agent.initials": agentInitials
        case "brand": brandName
        case "brand.handle": brandHandle
        case "network": network?.label ?? ""
        default: nil
        }
    }

    /// `template` with every known placeholder replaced by its value.
    ///
    /// An unknown placeholder, or one whose value is empty, stays as written: the agent sees
    /// `{customer.first_name}` in the editor and fills it in, instead of sending "Hi , sorry".
    public func fill(_ template: String) -> String {
        let placeholders = TemplatePlaceholder.all(in: template)
        guard !placeholders.isEmpty else { return template }
        let scalars = template.unicodeScalars
        var filled = String.UnicodeScalarView()
        var copied = scalars.startIndex
        for placeholder in placeholders {
            guard let value = value(of: placeholder.name), !value.isEmpty else { continue }
            filled.append(contentsOf: scalars[copied..<placeholder.range.lowerBound])
            filled.append(contentsOf: value.unicodeScalars)
            copied = placeholder.range.upperBound
        }
        filled.append(contentsOf: scalars[copied...])
        return String(filled)
    }

    /// The first word of a name: "Jo" for "Jo Smith".
    static func firstName(of name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
    }

    /// The first letter of each part of a name, upper-cased: "AMC" for "Anne-Marie Cole".
    static func initials(of name: String) -> String {
        name.split { $0.isWhitespace || $0 == "-" }
            .compactMap { $0.first(where: \.isLetter)?.uppercased() }
            .joined()
    }
}
