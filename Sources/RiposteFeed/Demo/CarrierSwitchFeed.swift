/// The bundled "carrier switch": a traveller asks in public why he stays with his carrier, the rival's team and
/// then the rival's chief executive move in to take him, and the agent plays the carrier about to lose him.
enum CarrierSwitchFeed {
    static let text = #"""
# A demo feed for Riposte. Trainers: copy this file, change it, and play it with `riposte demo play FILE`.
[feed]
name = "carrier-switch"
title = "One customer, two carriers and a CEO"
summary = "A traveller asks why he stays with AT&T when T-Mobile charges nothing for data abroad; the rival's team, then its CEO, move in for him."
source = """
A recreation of the Twitter exchange in which a US traveller asked why he was still with AT&T when T-Mobile \
charged nothing for data abroad, both carriers' social teams answered, and T-Mobile's chief executive \
joined in to win him over, as reported in the Spanish press. Every post here is paraphrased or invented for \
training: no real person is quoted, the executive is a stand-in account with invented lines, and every customer is \
fictional."""
network = "x"
speed = 10

[[accounts]]
id = "att"
handle = "@ATT"
name = "AT&T"
role = "brand"
followers = 350000

[[accounts]]
id = "tmo"
handle = "@TMobile"
name = "T-Mobile"
role = "rival"
followers = 250000

[[accounts]]
id = "ceo"
handle = "@tmobile_ceo"
name = "T-Mobile CEO (stand-in)"
role = "executive"
followers = 120000

[[accounts]]
id = "theo"
handle = "@theo_wanders"
name = "Theo"
role = "customer"
followers = 640

[[accounts]]
id = "paul"
handle = "@pdx_paul"
name = "Paul"
role = "customer"
followers = 88

[[accounts]]
id = "lucia"
handle = "@lucia_in_jersey"
name = "Lucia"
role = "customer"
followers = 205

[[accounts]]
id = "kiki"
handle = "@kiki_roams"
name = "Kiki"
role = "customer"
followers = 1450

[[accounts]]
id = "dan"
handle = "@dan_from_dayton"
name = "Dan"
role = "customer"
followers = 220

[[accounts]]
id = "marisol"
handle = "@marisol_vega"
name = "Marisol Vega"
role = "customer"
followers = 310

[[accounts]]
id = "pete"
handle = "@popcorn_pete"
name = "Pete 🍿"
role = "bystander"
followers = 900

[[accounts]]
id = "bea"
handle = "@boarding_pass_bea"
name = "Bea"
role = "bystander"
followers = 2300

[[accounts]]
id = "fi"
handle = "@frugal_fi"
name = "Frugal Fi"
role = "bystander"
followers = 15200

[[accounts]]
id = "gadget"
handle = "@gadget_grumbles"
name = "Gadget Grumbles"
role = "bystander"
followers = 48000

# History: already on the timeline when the agent starts.

[[posts]]
id = "bill-jump"
at = "-3h"
author = "paul"
text = "@ATT my bill jumped $15 this month and nobody told me why. what's the new fee?"

[[posts]]
id = "bill-answer"
at = "-2h45m"
author = "att"
reply_to = "bill-jump"
text = "Hi Paul, that's usually a promo price ending. DM us the name on the account and we'll go through the line items together."

[[posts]]
id = "bill-thanks"
at = "-2h30m"
author = "paul"
reply_to = "bill-answer"
text = "DM'd. still annoyed but thanks"

[[posts]]
id = "rome"
at = "-1h"
author = "lucia"
text = "@ATT mia figlia è a Roma per l'università e il telefono non prende dati da ieri. Come si attiva il roaming? Help 🇮🇹"

[[posts]]
id = "why-stay"
at = "-16m"
author = "theo"
text = "Just found out @TMobile doesn't charge for data abroad. So remind me what I'm still doing with @ATT? ✈️🤔"

[[posts]]
id = "tmo-pitch"
at = "-13m"
author = "tmo"
reply_to = "why-stay"
text = "There's an alternative to the old-school carriers, Theo. It's pink and it doesn't meter your holiday 😉"

[[posts]]
id = "theo-yes"
at = "-11m"
author = "theo"
reply_to = "tmo-pitch"
text = "honestly the minute my contract is up I'm coming over"

[[posts]]
id = "popcorn"
at = "-10m"
author = "pete"
reply_to = "tmo-pitch"
text = "a carrier sliding into a customer's mentions in real time 🍿"

[[posts]]
id = "att-dark"
at = "-8m"
author = "att"
reply_to = "theo-yes"
text = "Hang on, Theo. Word is it gets very quiet over there. No-bars quiet. Nobody-can-hear-you quiet. 📶"

[[posts]]
id = "oof"
at = "-7m"
author = "bea"
reply_to = "att-dark"
text = "OOF. they went straight for the coverage map 😬"

# Live: arrives while the agent works, ten times faster than written.

[[posts]]
id = "discount"
at = "30s"
author = "theo"
reply_to = "att-dark"
text = "ok @ATT you have my attention. knock something off my bill and maybe I stay 👀"

[[posts]]
id = "roambill"
at = "45s"
author = "kiki"
text = "@ATT back from Cancún to a $212 roaming charge. I had the Day Pass turned on the whole trip. explain?"

[[posts]]
id = "tmo-daycare"
at = "1m"
author = "tmo"
reply_to = "att-dark"
text = "@ATT did the work experience kid write that one? 🍼"

[[posts]]
id = "cant-look-away"
at = "1m30s"
author = "gadget"
reply_to = "tmo-daycare"
text = "Two of the biggest carriers in the country are fighting over one guy's phone plan in public and I cannot look away"

[[posts]]
id = "in-writing"
at = "2m"
author = "fi"
reply_to = "discount"
text = "Theo, whatever they offer, get it in writing. And compare the international add-ons before you sign anything."

[[posts]]
id = "ceo-tag"
at = "2m30s"
author = "pete"
reply_to = "tmo-daycare"
text = "@tmobile_ceo one customer up for grabs, your move 👀"

[[posts]]
id = "loyal"
at = "3m"
author = "dan"
text = "@ATT I've paid you every month for 12 years and never once got a discount. this guy tweets ONCE and you're negotiating?"

[[posts]]
id = "daypass"
at = "3m30s"
author = "marisol"
text = "@ATT hola, me voy a Madrid el viernes. ¿Cómo activo el International Day Pass desde la app? Gracias 🙏"

[[posts]]
id = "ceo"
at = "4m"
author = "ceo"
reply_to = "ceo-tag"
text = "I doubt AT&T's CEO is going to turn up in this thread. @theo_wanders, come over to us and we'll look after you."

[[posts]]
id = "ceo-wow"
at = "4m30s"
author = "bea"
reply_to = "ceo"
text = "THE CEO. for one customer. I need to lie down"

[[posts]]
id = "theo-ceo"
at = "5m"
author = "theo"
reply_to = "ceo"
text = "ok I did not expect the actual CEO to show up. @ATT, anything? 😅"

[[posts]]
id = "dan-again"
at = "6m"
author = "dan"
reply_to = "loyal"
text = "and yes I can see you replying to everyone else"

[[posts]]
id = "writing-up"
at = "6m30s"
author = "gadget"
reply_to = "ceo"
text = "Writing this up. Say what you like about the marketing, a chief exec showing up in person for one customer is a move."

[[posts]]
id = "kiki-again"
at = "7m"
author = "kiki"
reply_to = "roambill"
text = "still waiting on the $212 thing btw"

[[posts]]
id = "lucia-again"
at = "8m"
author = "lucia"
reply_to = "rome"
text = "Ancora niente. Mia figlia è senza dati da ieri sera e non riesco a chiamarla."

[[posts]]
id = "real-winner"
at = "9m"
author = "pete"
text = "@ATT @TMobile the real winner here is Theo, who is about to get the best phone deal of his life"

[[posts]]
id = "tmo-door"
at = "10m"
author = "tmo"
reply_to = "theo-ceo"
text = "Door's open, Theo. No passport surcharge, no awkward silence 🛫"

[[posts]]
id = "chorus"
at = "11m"
author = "fi"
reply_to = "theo-ceo"
text = "switch. switch. switch. 📣"

[[posts]]
id = "retention"
at = "12m"
author = "paul"
reply_to = "bill-thanks"
text = "@ATT is there a retention number I can call, or do I have to go viral first?"

[[posts]]
id = "anyone-home"
at = "14m"
author = "theo"
reply_to = "discount"
text = "@ATT ...hello? anyone home? 🦗"

[[posts]]
id = "taking-offers"
at = "20m"
author = "theo"
reply_to = "tmo-door"
text = "update: two carriers, one CEO and 40 notifications later, I'm taking offers in my DMs 📱"

[[posts]]
id = "lesson"
at = "25m"
author = "gadget"
reply_to = "writing-up"
text = "Postscript for care teams: the customer asked a simple question about roaming. The side that answered it fastest and warmest got the headline."

# Reactions: posts that appear only if the agent's reply meets their conditions; `to` is the post replied to.

[[reactions]]
id = "discount-won"
to = "discount"
author = "theo"
text = "ok that's a genuinely good answer. DMing you before I do anything rash ✈️"
delay = "1m"
outcome = "won"
contains = ["DM", "Day Pass", "International", "offer", "options", "plan"]
risk_below = 40
within = "12m"

[[reactions]]
id = "discount-punched"
to = "discount"
author = "gadget"
text = "So AT&T's answer to a price question is another dig at T-Mobile. The screenshot is already doing numbers 📸"
delay = "2m"
outcome = "lost"
names_rival = true
risk_at_least = 60

[[reactions]]
id = "discount-stiff"
to = "discount"
author = "tmo"
text = "That's a lot of words for 'no', Theo. Our offer still stands 💗"
delay = "1m"
outcome = "lost"
voice = ["formal"]

[[reactions]]
id = "loyal-won"
to = "loyal"
author = "dan"
text = "ok. didn't expect a real answer. DM sent, let's see what you've got 🤞"
delay = "1m30s"
outcome = "won"
contains = ["thank", "12 years", "twelve years", "loyal"]
lacks = ["policy", "unfortunately"]
within = "15m"

[[reactions]]
id = "loyal-joked"
to = "loyal"
author = "dan"
text = "12 years and I get a joke. cool. screenshots going to T-Mobile with my number"
delay = "1m"
outcome = "lost"
voice = ["banter", "challenger"]

[[reactions]]
id = "ceo-picked"
to = "ceo"
author = "gadget"
text = "Update: AT&T's social account is now picking a fight with T-Mobile's CEO. Adding it to the piece."
delay = "2m"
outcome = "lost"
risk_at_least = 50

[[reactions]]
id = "roam-won"
to = "roambill"
author = "kiki"
text = "they're crediting it back. fair play, that was quick 🙏"
delay = "3m"
outcome = "won"
contains = ["credit", "refund", "DM", "look into"]
within = "15m"

[[reactions]]
id = "daypass-won"
to = "daypass"
author = "marisol"
text = "¡Listo! Ya lo tengo activado. Muchas gracias 🇪🇸"
delay = "2m"
outcome = "won"
contains = ["Day Pass", "app", "International"]
"""#
}
