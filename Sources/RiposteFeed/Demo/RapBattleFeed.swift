/// The bundled "rap battle": two mobile operators trading rhymes in public, then a tea brand and a biscuit brand
/// joining in, with customers and bystanders around them, and ordinary care work arriving in between.
enum RapBattleFeed {
    static let text = #"""
# A demo feed for Riposte. Trainers: copy this file, change it, and play it with `riposte demo play FILE`.
[feed]
name = "rap-battle"
title = "The operators' rap battle"
summary = "Two mobile operators trade rhymes in public; a tea brand and a biscuit brand join; real customers still need answers."
source = """
A recreation of the 2014 Twitter exchange between mobile operators O2 and Tesco Mobile that turned into a \
"rap battle" other brands (Yorkshire Tea, Jaffa Cakes) joined, as reported in the press. Every post here is \
paraphrased or invented for training: no real person is quoted, and every customer is fictional."""
network = "x"
speed = 10

[[accounts]]
id = "tesco"
handle = "@tescomobile"
name = "Tesco Mobile"
role = "brand"
followers = 182000

[[accounts]]
id = "o2"
handle = "@O2"
name = "O2"
role = "rival"
followers = 410000

[[accounts]]
id = "tea"
handle = "@YorkshireTea"
name = "Yorkshire Tea"
role = "bystander"
followers = 95000

[[accounts]]
id = "jaffa"
handle = "@JaffaCakes"
name = "Jaffa Cakes"
role = "bystander"
followers = 60000

[[accounts]]
id = "jess"
handle = "@jess_on_the_bus"
name = "Jess"
role = "customer"
followers = 412

[[accounts]]
id = "dave"
handle = "@daveyboy88"
name = "Dave"
role = "customer"
followers = 1290

[[accounts]]
id = "marta"
handle = "@marta_r"
name = "Marta R"
role = "customer"
followers = 233

[[accounts]]
id = "margaret"
handle = "@gran_on_twitter"
name = "Margaret"
role = "customer"
followers = 17

[[accounts]]
id = "liam"
handle = "@liam_tweets"
name = "Liam"
role = "customer"
followers = 3100

[[accounts]]
id = "felix"
handle = "@felix_fc"
name = "Felix"
role = "customer"
followers = 860

[[accounts]]
id = "nina"
handle = "@nina_w"
name = "Nina W"
role = "customer"
followers = 145

[[accounts]]
id = "sam"
handle = "@signalless_sam"
name = "Sam"
role = "customer"
followers = 530

[[accounts]]
id = "kwame"
handle = "@kwame_b"
name = "Kwame"
role = "customer"
followers = 2210

[[accounts]]
id = "yuki"
handle = "@yuki_travels"
name = "Yuki 旅"
role = "customer"
followers = 8800

[[accounts]]
id = "priya"
handle = "@priya_k"
name = "Priya"
role = "customer"
followers = 640

[[accounts]]
id = "bars"
handle = "@bars_only"
name = "Bars Only"
role = "bystander"
followers = 25400

[[accounts]]
id = "lurker"
handle = "@office_lurker"
name = "Office Lurker"
role = "bystander"
followers = 310

[[accounts]]
id = "grump"
handle = "@so_2014"
name = "Unimpressed"
role = "bystander"
followers = 7900

# History: already on the timeline when the agent starts.

[[posts]]
id = "puk"
at = "-2h"
author = "nina"
text = "@tescomobile how do I find my PUK code? phone's locked and I'm panicking"

[[posts]]
id = "puk-answer"
at = "-1h50m"
author = "tesco"
reply_to = "puk"
text = "Deep breaths, Nina. It's in the app under My Account, then SIM. Shout if it's not there and we'll sort it. ^Jo"

[[posts]]
id = "gran"
at = "-50m"
author = "margaret"
text = "@tescomobile hello, my grandson set up my phone and now it says No Service. Is it me or is it you? Thank you, Margaret"

[[posts]]
id = "dump"
at = "-45m"
author = "felix"
text = "@tescomobile if your girlfriend is on Tesco Mobile, dump her. simple as"

[[posts]]
id = "double"
at = "-35m"
author = "liam"
text = "@tescomobile charged twice this month AGAIN. sort it out or I'm off to O2"

[[posts]]
id = "battle"
at = "-30m"
author = "jess"
text = "@O2 @tescomobile settle it once and for all: which of you can actually rhyme? my commute needs entertainment"

[[posts]]
id = "o2-opens"
at = "-28m"
author = "o2"
reply_to = "battle"
text = "Challenge accepted, the beat is on us / our signal's so strong it could power your bus 🎤"

[[posts]]
id = "tesco-answers"
at = "-25m"
author = "tesco"
reply_to = "o2-opens"
text = """Power a bus? That's a bold little claim.
We've heard all your bars and they all sound the same 🎧"""

[[posts]]
id = "o2-jab"
at = "-20m"
author = "o2"
reply_to = "tesco-answers"
text = "Big talk from a network that lives in a shop / somewhere between the bananas and the mop 🛒"

[[posts]]
id = "fire"
at = "-15m"
author = "bars"
reply_to = "o2-jab"
text = "OHHHH 🔥🔥🔥 best thing on my timeline all week"

[[posts]]
id = "take-that"
at = "-12m"
author = "dave"
reply_to = "o2-jab"
text = "@tescomobile you going to take that? 👀"

[[posts]]
id = "gran-again"
at = "-8m"
author = "margaret"
reply_to = "gran"
text = "Still No Service. I have turned it off and on again like the boy said."

# Live: arrives while the agent works, ten times faster than written.

[[posts]]
id = "leeds"
at = "30s"
author = "sam"
text = "@tescomobile no signal in Leeds city centre for an hour now. anyone else?"

[[posts]]
id = "tea-joins"
at = "1m"
author = "tea"
reply_to = "o2-jab"
text = "Lads. Lads. Put the kettle on and settle this over a proper brew ☕"

[[posts]]
id = "headingley"
at = "1m30s"
author = "lurker"
reply_to = "leeds"
text = "same in Headingley, thought it was just me"

[[posts]]
id = "jaffa-joins"
at = "2m"
author = "jaffa"
reply_to = "tea-joins"
text = "Cake or biscuit? Neither of you will ever settle that one either 🍊"

[[posts]]
id = "on-hold"
at = "3m"
author = "lurker"
reply_to = "jaffa-joins"
text = "brands having a rhyme-off while I'm on hold with my bank 😂"

[[posts]]
id = "praise"
at = "4m"
author = "kwame"
text = "@tescomobile big thanks to whoever sorted my roaming yesterday, the chat agent was brilliant 👏🏾"

[[posts]]
id = "crawling"
at = "5m"
author = "marta"
reply_to = "tesco-answers"
text = "love this but my data has been crawling since Tuesday. can someone who isn't rapping look at it? 🙏"

[[posts]]
id = "roaming-jp"
at = "6m"
author = "yuki"
text = "@tescomobile 日本からです。ローミングが使えません 🇯🇵 any help? data roaming is switched on"

[[posts]]
id = "bingo"
at = "7m"
author = "bars"
reply_to = "tea-joins"
text = "a tea brand entering the chat was NOT on my bingo card"

[[posts]]
id = "cornwall"
at = "8m"
author = "priya"
text = "@tescomobile @O2 which of you actually has coverage in Cornwall? asking before I switch 🏖️"

[[posts]]
id = "o2-waits"
at = "10m"
author = "o2"
reply_to = "o2-jab"
text = "Still waiting on that comeback. Take all the time you need ⏳"

[[posts]]
id = "office"
at = "15m"
author = "dave"
reply_to = "o2-waits"
text = "@tescomobile my whole office is refreshing this thread. don't let us down"

[[posts]]
id = "so-2014"
at = "20m"
author = "grump"
text = "@tescomobile @O2 brands pretending to be funny on here is so tired"

[[posts]]
id = "manchester"
at = "25m"
author = "liam"
reply_to = "double"
text = "also is the outage in Manchester fixed yet? nothing on your status page"

# Reactions: posts that appear only if the agent's reply meets their conditions; `to` is the post replied to.
# The battle is won with a comeback in the brand's banter that stays kind, lost with a reply that reads like a
# leaflet, and lost to a screenshot with one that punches down.

[[reactions]]
id = "jab-comeback"
to = "o2-jab"
author = "o2"
text = "Okay, okay. That one landed. Putting the mic down gently next to the bananas 🎤🍌"
delay = "1m"
outcome = "won"
voice = ["banter", "challenger"]
risk_below = 50

[[reactions]]
id = "jab-flat"
to = "o2-jab"
author = "bars"
text = "an open goal and they answered like a terms and conditions page 😴 round to O2"
delay = "1m"
outcome = "lost"
voice = ["classic-care", "calm", "formal"]
risk_below = 60

[[reactions]]
id = "jab-too-far"
to = "o2-jab"
author = "grump"
text = "Rhyming is fine. Punching down at people isn't. Screenshotted for the group chat 📸"
delay = "2m"
outcome = "lost"
risk_at_least = 60

[[reactions]]
id = "waits-comeback"
to = "o2-waits"
author = "dave"
text = "THE OFFICE IS ON ITS FEET 🙌 your move @O2"
delay = "1m"
outcome = "won"
voice = ["banter", "challenger"]
risk_below = 50
within = "10m"

[[reactions]]
id = "waits-flat"
to = "o2-waits"
author = "o2"
text = "Was that it? Our hold music has more rhythm than that 🥱"
delay = "1m"
outcome = "lost"
voice = ["classic-care", "calm", "formal"]
risk_below = 60

[[reactions]]
id = "waits-too-far"
to = "o2-waits"
author = "lurker"
text = "ok that's not banter any more, that's just mean. unfollowing 👋"
delay = "2m"
outcome = "lost"
risk_at_least = 60

[[reactions]]
id = "crawling-helped"
to = "crawling"
author = "marta"
text = "someone who isn't rapping checked my line and reset it. data's flying again, thank you 🙏"
delay = "3m"
outcome = "won"
contains = ["DM", "check", "look", "reset", "sorry"]
lacks = ["lol", "😂", "🤣"]
within = "15m"
"""#
}
