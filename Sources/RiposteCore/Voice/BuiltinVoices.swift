/// The five built-in voices, written as voice files: the same text a brand copies to start its own,
/// so the format's documentation and the shipped voices cannot drift apart.
enum BuiltinVoices {
    /// In the order the editor cycles through them.
    static let files: [(id: String, text: String)] = [
        ("classic-care", classicCare),
        ("calm", calm),
        ("formal", formal),
        ("banter", banter),
        ("challenger", challenger),
    ]

    /// Commented key by key: `VoiceLibrary.exampleFile`.
    static let banter = #"""
        # A Riposte voice: copy this file to $XDG_CONFIG_HOME/riposte/voices/ and edit it.
        # Every *.toml there is read when Riposte starts; a file with a mistake is reported
        # (file:line:column: message) and skipped, and the other voices still load.

        # Which voice this file defines: lowercase letters, digits and "-". With a built-in's id
        # (classic-care, calm, formal, banter, challenger) the file changes that voice, and any
        # key left out keeps the built-in's value. Without an id, the file's name is the id.
        id = "banter"

        # Shown in the editor's voice picker.
        name = "Banter"

        # One line: when to use this voice.
        summary = "Quick and witty, for fans and friendly jabs: punch up, never down."

        # What the agent sees while writing: a few short lines a care lead would say out loud.
        guidance = """
        Be quick, warm and a little cheeky; the joke is never on the customer.
        Punch up (at us, at the big rivals, at the situation), never down.
        Never banter with an angry or upset customer: switch to Calm.
        No jokes about money, health, loss, politics or religion.
        If the joke needs explaining, don't send it.
        """

        # Added after a template, after a space. Templates and the sign-off may use:
        #   {customer.name} {customer.first_name} {customer.handle}
        #   {agent.name} {agent.first_name} {agent.initials}
        #   {brand} {brand.handle} {network}
        # A placeholder with no value yet stays as written, for the agent to fill in.
        sign_off = "^{agent.initials}"

        # "none", "sparing" (one at most) or "free". The risk meter counts emoji against this.
        emoji = "sparing"

        # 0 to 40: points this voice adds to every reply's risk score. The approval threshold is
        # 60 unless risk.toml says otherwise, so a voice alone never needs a supervisor.
        base_risk = 15

        # Starting points the agent inserts from the editor, in this order.
        [[templates]]
        name = "Playful thanks"
        text = "{customer.first_name}, you've made our day. We'd frame this if we could work out how to frame a post."

        [[templates]]
        name = "Own goal"
        text = "Fair cop, {customer.first_name}. We've had better days. The team's on it and we'll be back to our usual brilliant selves shortly."

        [[templates]]
        name = "Friendly jab"
        text = "Bold move, {customer.first_name}. We'll pretend we didn't see that and put the kettle on instead ☕"

        """#

    static let classicCare = #"""
        # Classic care: the default voice.
        id = "classic-care"
        name = "Classic care"
        summary = "Warm and human: own the problem, fix it, and take account details to a DM."
        guidance = """
        Greet them by name and thank them for telling us.
        Own it: "we got this wrong", not "mistakes were made".
        Say what happens next and when you will be back.
        Never ask for account details in public: move to a DM.
        One emoji at most, and only if they used one first.
        """
        sign_off = "^{agent.initials}"
        emoji = "sparing"
        base_risk = 0

        [[templates]]
        name = "Apology and DM"
        text = "Hi {customer.first_name}, I'm sorry about this, it's not the experience we want for you. Could you send us a DM with your account details so I can look into it straight away?"

        [[templates]]
        name = "Thanks for telling us"
        text = "Thanks for letting us know, {customer.first_name}. I've passed this to the team and I'll come back to you here as soon as I hear more."

        [[templates]]
        name = "Checking in"
        text = "Hi {customer.first_name}, just checking in: is everything working as it should now? If not, drop us a DM and we'll pick it up."

        """#

    static let calm = #"""
        # Calm de-escalation: for customers who are upset or angry.
        id = "calm"
        name = "Calm de-escalation"
        summary = "For upset customers: acknowledge first, no jokes, one concrete next step."
        guidance = """
        Acknowledge how they feel before anything else, in plain words.
        No jokes, no sarcasm, no exclamation marks.
        Don't argue in public about what happened; say what you can do.
        Give one concrete next step with a time: who does what, by when.
        Offer a DM for anything personal; never post their details.
        """
        sign_off = "^{agent.initials}"
        emoji = "none"
        base_risk = 0

        [[templates]]
        name = "Acknowledge and act"
        text = "{customer.first_name}, I understand how frustrating this is, and I'm sorry. I'm looking into it now and will update you here by the end of today."

        [[templates]]
        name = "Take it to a DM"
        text = "I'm sorry, {customer.first_name}. I'd like to sort this out properly: please send us a DM and I'll pick it up personally."

        [[templates]]
        name = "Escalated"
        text = "Thank you for bearing with us, {customer.first_name}. I've raised this with our specialist team, who will contact you within 24 hours."

        """#

    static let formal = #"""
        # Formal: for complaints about money, legal matters, regulators and the press.
        id = "formal"
        name = "Formal"
        summary = "Complete sentences, no emoji, no slang: for billing, legal and press matters."
        guidance = """
        Write complete sentences with standard punctuation.
        No emoji, slang, abbreviations or exclamation marks.
        Address the customer by name and speak for the company as "we".
        State facts and next steps; do not speculate or admit fault in public.
        Sign with your full name.
        """
        sign_off = "Kind regards, {agent.name}, {brand}"
        emoji = "none"
        base_risk = 0

        [[templates]]
        name = "Acknowledgement"
        text = "Dear {customer.name}, thank you for contacting {brand}. We are sorry for the difficulty you have experienced and are looking into it."

        [[templates]]
        name = "Continue privately"
        text = "Dear {customer.name}, so that we can review your account securely, please send us a direct message with your details. We will respond as soon as possible."

        [[templates]]
        name = "Resolution"
        text = "Dear {customer.name}, the issue you raised has now been resolved. Thank you for your patience, and please let us know if we can help further."

        """#

    static let challenger = #"""
        # Challenger: for replies to rival brands, and to customers comparing us with one.
        id = "challenger"
        name = "Challenger"
        summary = "For rival brands: confident and playful, facts not insults."
        guidance = """
        Talk about what we do well, not about what they do badly.
        Confident, never sneering: their customers are our future customers.
        Never insult a rival's customers or staff.
        Only claims we can prove: no "fastest", "cheapest" or "best" without a source.
        Ask a supervisor before mentioning a rival's prices or outages.
        """
        sign_off = "^{agent.initials}"
        emoji = "sparing"
        base_risk = 25

        [[templates]]
        name = "Friendly rivalry"
        text = "Always nice to see you in our mentions, {customer.name}. We'll keep the kettle on for whenever you fancy a change."

        [[templates]]
        name = "Thinking of switching"
        text = "Thinking of switching, {customer.first_name}? Send us a DM and we'll show you what {brand} can do for you, no pressure."

        """#
}
