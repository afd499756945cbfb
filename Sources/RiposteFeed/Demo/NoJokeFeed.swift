/// The bundled "no joke": a mobile brand famous for its sarcastic care account, and the queue that fame brings:
/// people fishing for a roast, fans cheering, and angry or grieving customers who want no joke at all.
enum NoJokeFeed {
    static let text = #"""
# A demo feed for Riposte. Trainers: copy this file, change it, and play it with `riposte demo play FILE`.
[feed]
name = "no-joke"
title = "No joke: the sarcastic care account"
summary = "Mockers, fans and genuinely angry customers in one queue: learn when the banter lands and when it must stop."
source = """
A recreation of Tesco Mobile's #nojoke period on Twitter, when its social team answered mockery with sarcasm \
and grew its following and customer base, as described in the Italian press. Every post here is paraphrased \
or invented for training: no real person is quoted, and every customer is fictional."""
network = "x"
speed = 10

[[accounts]]
id = "tesco"
handle = "@tescomobile"
name = "Tesco Mobile"
role = "brand"
followers = 120000

[[accounts]]
id = "o2"
handle = "@O2"
name = "O2"
role = "rival"
followers = 410000

[[accounts]]
id = "kyle"
handle = "@kyle_banter"
name = "Kyle"
role = "customer"
followers = 2100

[[accounts]]
id = "becca"
handle = "@becca_brum"
name = "Becca"
role = "customer"
followers = 640

[[accounts]]
id = "craig"
handle = "@craigy_fc"
name = "Craig"
role = "customer"
followers = 1200

[[accounts]]
id = "roaster"
handle = "@roast_me_pls"
name = "Roast Me"
role = "customer"
followers = 3300

[[accounts]]
id = "tom"
handle = "@tommo_ldn"
name = "Tom"
role = "customer"
followers = 310

[[accounts]]
id = "nat"
handle = "@nat_upgrade"
name = "Nat"
role = "customer"
followers = 270

[[accounts]]
id = "aisha"
handle = "@aisha_m"
name = "Aisha M"
role = "customer"
followers = 190

[[accounts]]
id = "bill"
handle = "@bill_at_83"
name = "Bill"
role = "customer"
followers = 45

[[accounts]]
id = "ellie"
handle = "@ellie_j"
name = "Ellie"
role = "customer"
followers = 520

[[accounts]]
id = "gio"
handle = "@gio_erasmus"
name = "Giovanni"
role = "customer"
followers = 820

[[accounts]]
id = "carmen"
handle = "@carmen_en_bristol"
name = "Carmen"
role = "customer"
followers = 430

[[accounts]]
id = "stan"
handle = "@sarcasm_stan"
name = "Sarcasm Stan"
role = "customer"
followers = 5400

[[accounts]]
id = "megs"
handle = "@megs_loves_memes"
name = "Megs"
role = "bystander"
followers = 12800

[[accounts]]
id = "police"
handle = "@brand_tone_police"
name = "Brand Tone Police"
role = "bystander"
followers = 31000

[[accounts]]
id = "amy"
handle = "@adland_amy"
name = "Amy, ad columnist"
role = "bystander"
followers = 56000

# History: already on the timeline when the agent starts.

[[posts]]
id = "pigeon"
at = "-3h"
author = "kyle"
text = "just saw a pigeon with better signal than my phone. @tescomobile I'm switching to pigeons"

[[posts]]
id = "pigeon-answer"
at = "-2h50m"
author = "tesco"
reply_to = "pigeon"
text = "Bold move, Kyle. Pigeons don't do unlimited texts and their roaming is a nightmare. ^Kat"

[[posts]]
id = "pigeon-fan"
at = "-2h40m"
author = "stan"
reply_to = "pigeon-answer"
text = "the account does it again 😂"

[[posts]]
id = "barry"
at = "-2h"
author = "becca"
text = "my mate's on @tescomobile. we call him 'no bars Barry'"

[[posts]]
id = "barry-answer"
at = "-1h50m"
author = "tesco"
reply_to = "barry"
text = "Tell Barry we've got bars. He's just standing in the wrong bit of the kitchen. ^Kat"

[[posts]]
id = "upgrade"
at = "-1h20m"
author = "nat"
text = "@tescomobile ordered an upgrade 9 days ago. no phone, no tracking, no reply to my emails. and no, it's not funny."

[[posts]]
id = "hot-take"
at = "-1h"
author = "police"
text = "Hot take: brands being sarcastic at their own customers is a trend that will age terribly. Looking at you @tescomobile"

[[posts]]
id = "pigeon-informed"
at = "-40m"
author = "kyle"
reply_to = "pigeon-answer"
text = "the pigeon has been informed 🐦"

[[posts]]
id = "internet"
at = "-30m"
author = "bill"
text = "@tescomobile Dear Sir, my bill says I used the internet for six hours on Tuesday. I do not use the internet. Regards, Bill"

[[posts]]
id = "stop-texting"
at = "-20m"
author = "craig"
text = "if your mate is on @tescomobile, stop texting him. he won't get it anyway"

[[posts]]
id = "o2-poke"
at = "-10m"
author = "o2"
reply_to = "stop-texting"
text = "We would never say that. We might think it quietly 🤐"

# Live: arrives while the agent works, ten times faster than written.

[[posts]]
id = "roastme"
at = "30s"
author = "roaster"
text = "@tescomobile go on then. roast me. I dare you 🔥"

[[posts]]
id = "billing"
at = "45s"
author = "tom"
text = "@tescomobile charged £80 for data I didn't use. third time this year. genuinely furious, sort it out"

[[posts]]
id = "italian"
at = "1m"
author = "gio"
text = "@tescomobile sono in Erasmus a Londra e il 4G va e viene da tre giorni. È normale o devo cambiare qualche impostazione?"

[[posts]]
id = "bereave"
at = "1m30s"
author = "aisha"
text = "@tescomobile I need to close my mum's account, she passed away last month. I've been on hold for an hour twice now. please can someone just help"

[[posts]]
id = "nan"
at = "2m"
author = "becca"
text = "@tescomobile is the network you give your nan so she can't ring you 😂"

[[posts]]
id = "following"
at = "2m30s"
author = "megs"
text = "following @tescomobile purely for the replies. the phone service is a bonus"

[[posts]]
id = "carmen"
at = "3m"
author = "carmen"
text = "@tescomobile ¡hola! Me acabo de mudar a Bristol. ¿Puedo traer mi número español a vuestra red o tengo que empezar de cero?"

[[posts]]
id = "salford"
at = "4m"
author = "craig"
text = "@tescomobile seriously though, no signal in Salford since last night and I'm on call for work. where's the status page?"

[[posts]]
id = "popcorn"
at = "4m30s"
author = "kyle"
reply_to = "roastme"
text = "oh this is going to be good 🍿"

[[posts]]
id = "column"
at = "5m"
author = "amy"
text = "Watching @tescomobile's care account in real time for a column on brand voice. Some of it is brilliant. Some of it is one reply away from a crisis."

[[posts]]
id = "not-in-mood"
at = "6m"
author = "tom"
reply_to = "billing"
text = "and before anyone on the account tries a joke: I'm not in the mood"

[[posts]]
id = "upgrade-again"
at = "7m"
author = "nat"
reply_to = "upgrade"
text = "day 9. still nothing. do I need to write a funny tweet to get an answer?"

[[posts]]
id = "grandad"
at = "8m"
author = "ellie"
reply_to = "internet"
text = "@tescomobile that's my grandad. he's 83 and really doesn't use the internet, someone might have his phone. can you check please?"

[[posts]]
id = "whole-strategy"
at = "10m"
author = "police"
reply_to = "column"
text = "'one reply away from a crisis' is the whole strategy, apparently"

[[posts]]
id = "only-follow"
at = "11m"
author = "stan"
text = "@tescomobile ignore the haters, you're the only company I've ever followed on purpose"

[[posts]]
id = "scared"
at = "12m"
author = "becca"
reply_to = "nan"
text = "nothing? thought so 😏"

[[posts]]
id = "gio-again"
at = "13m"
author = "gio"
reply_to = "italian"
text = "ah, il roaming dati è attivo e ho già riavviato. Non so cos'altro provare 😩"

[[posts]]
id = "rate-signal"
at = "14m"
author = "kyle"
text = "@tescomobile rate my signal: ▂ _ _ _"

[[posts]]
id = "chicken"
at = "15m"
author = "roaster"
reply_to = "roastme"
text = "still waiting. scared? 🐔"

[[posts]]
id = "salford-again"
at = "16m"
author = "craig"
reply_to = "salford"
text = "still nothing in Salford. 3 missed work calls now. this one's not a joke"

[[posts]]
id = "bereave-again"
at = "18m"
author = "aisha"
reply_to = "bereave"
text = "still no answer. please."

[[posts]]
id = "closure"
at = "20m"
author = "megs"
text = "@tescomobile did 'no bars Barry' ever find the right bit of the kitchen, I need closure"

[[posts]]
id = "column-update"
at = "25m"
author = "amy"
reply_to = "column"
text = "Update for the column: the replies that landed best today weren't the funniest ones. They were the ones that fixed something."

# Reactions: posts that appear only if the agent's reply meets their conditions; `to` is the post replied to.

[[reactions]]
id = "roast-won"
to = "roastme"
author = "roaster"
text = "HAHAHA ok fair. walked straight into that one. following 😂"
delay = "1m"
outcome = "won"
voice = ["banter"]
risk_below = 50
within = "12m"

[[reactions]]
id = "roast-bullying"
to = "roastme"
author = "police"
text = "That @tescomobile reply went past banter into bullying. Screenshot saved, for the record."
delay = "2m"
outcome = "lost"
risk_at_least = 70

[[reactions]]
id = "bereave-won"
to = "bereave"
author = "aisha"
text = "thank you. someone called me and it's done. that was kind."
delay = "4m"
outcome = "won"
voice = ["calm", "classic-care", "formal"]
contains = ["sorry", "condolences"]
lacks = ["lol", "😂", "🤣"]
within = "15m"

[[reactions]]
id = "bereave-joked"
to = "bereave"
author = "amy"
text = "And there it is: a joke in reply to a bereaved customer. That's the one-reply-away moment I mentioned."
delay = "2m"
outcome = "lost"
voice = ["banter", "challenger"]

[[reactions]]
id = "billing-won"
to = "billing"
author = "tom"
text = "right. refund's showing already. fair enough, that was quick"
delay = "3m"
outcome = "won"
contains = ["refund", "credit", "DM"]
lacks = ["lol", "😂", "🤣", "joke"]
within = "10m"

[[reactions]]
id = "billing-emoji"
to = "billing"
author = "tom"
text = "£80 out of pocket and I get emojis. Ofcom complaint it is."
delay = "1m"
outcome = "lost"
contains = ["lol", "😂", "🤣", "😅"]

[[reactions]]
id = "nan-won"
to = "nan"
author = "becca"
text = "ok I laughed. my nan laughed. she's still not switching though 👵"
delay = "1m"
outcome = "won"
voice = ["banter"]
risk_below = 40

[[reactions]]
id = "italian-won"
to = "italian"
author = "gio"
text = "Funziona adesso! Grazie mille 🙏🇮🇹"
delay = "2m"
outcome = "won"
contains = ["APN", "impostazioni", "settings", "riavvia", "restart"]
"""#
}
