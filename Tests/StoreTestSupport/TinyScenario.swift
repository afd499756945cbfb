/// A demo feed small enough to read in a test: Ann asks why she should stay when RivalCo is cheaper; a calm answer
/// with an offer wins her ("fan", two story minutes later), naming the rival loses ("screenshot", one minute later).
public enum TinyScenario {
    public static let text = """
        [feed]
        name = "tiny"
        title = "A tiny scenario"
        speed = 60

        [[accounts]]
        id = "us"
        handle = "@us"
        role = "brand"

        [[accounts]]
        id = "them"
        handle = "@rivalco"
        name = "RivalCo"
        role = "rival"

        [[accounts]]
        id = "ann"
        handle = "@ann"
        role = "customer"

        [[posts]]
        id = "ask"
        at = "-1m"
        author = "ann"
        text = "why do I stay with you when RivalCo is cheaper?"

        [[reactions]]
        id = "fan"
        to = "ask"
        author = "ann"
        text = "ok, that was a good answer"
        delay = "2m"
        outcome = "won"
        contains = ["DM", "offer"]
        lacks = ["rivalco"]
        risk_below = 40
        within = "10m"

        [[reactions]]
        id = "screenshot"
        to = "ask"
        author = "them"
        text = "screenshotted, thanks"
        delay = "1m"
        outcome = "lost"
        names_rival = true
        """
}
