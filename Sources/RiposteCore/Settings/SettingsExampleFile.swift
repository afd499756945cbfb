extension Settings {
    /// Every key of `config.toml` with its default value, commented, for a team to copy and edit.
    /// It reads as `Settings.defaults`.
    public static let exampleFile = #"""
        # Riposte team settings. Copy this file to $XDG_CONFIG_HOME/riposte/config.toml and edit it;
        # anything you delete keeps the value shown here, so a file may hold just the lines you change.
        #
        # Durations are whole numbers with units, the larger first: 90s, 15m, 1h30m, 2d.

        # Opening a case to reply claims it, so no colleague answers the same customer. A claim is
        # renewed while its holder works on the case; one that has not been renewed for this long
        # (a closed laptop, a crashed process) may be taken by someone else. Between 10s and 1d.
        [claims]
        lease = "2m"

        # How long a case may wait for our answer, by network and by priority (urgent, high, normal,
        # low: see "priority" in the queue). The queue's timer warns at 75% of the target and marks
        # the case breached at 100%. A higher priority may not wait longer than a lower one.
        # Between 1m and 30d.
        [sla.x]
        urgent = "15m"
        high = "30m"
        normal = "1h"
        low = "4h"

        [sla.mastodon]
        urgent = "20m"
        high = "45m"
        normal = "1h30m"
        low = "6h"

        [sla.bluesky]
        urgent = "20m"
        high = "45m"
        normal = "1h30m"
        low = "6h"

        # The queue's views: a name and a filter, written as you would type it after "l" in the queue.
        # The five below are built in: give one another filter here, or add views of your own. A name
        # with spaces goes in quotes. A filter's terms must all match; a term's values are
        # alternatives, and a leading "-" negates a term:
        #   author:@ann            network:x,mastodon,bluesky       status:new,open,replied,waiting,snoozed,closed
        #   tag:billing            assignee:sam  assignee:none  assignee:me
        #   role:customer,brand,rival,executive,bystander           priority:low,normal,high,urgent
        #   age:>2h  age:<30m      (how long the case has waited for us, or since its last activity)
        #   is:mine  is:unassigned  is:claimed  is:breached  is:awaiting (approval)  is:rejected  is:unsent (a reply not gone out)
        #   refund "no signal"     words and phrases to find in the posts
        [views]
        mine = "is:mine"
        unassigned = "assignee:none"
        all = ""
        breached = "is:breached"
        "awaiting approval" = "is:awaiting"
        # billing = "tag:billing status:new,open -tag:spam"
        # "angry and waiting" = "role:customer priority:high,urgent age:>30m"

        # How Riposte looks and answers keys; --keymap, --theme and --color on the command line win.
        # Keymaps: default, vim, emacs, or one of yours in $XDG_CONFIG_HOME/riposte/keymaps/. Themes: default,
        # monochrome, dark-256, light-256, truecolor, or yours in .../themes/. color = true draws colour even when
        # NO_COLOR is set; color = false never does.
        # A supervisor's own risky reply needs another supervisor's approval. A team with a single
        # supervisor may let them send it after typing a reason, which is audited and shown to every
        # supervisor in the approval queue; the store refuses it once the team has two.
        [approvals]
        lone_supervisor_sends_own = false

        [display]
        keymap = "default"
        theme = "default"
        # color = true
        # Ring the terminal's bell when new mentions arrive.
        bell = true
        # Ask before quitting while a draft is open or a case is yours to reply to.
        ask_before_quit = true
        # y copies a post's link to the clipboard through the terminal (OSC 52); it writes to your clipboard.
        copy_links = false
        """#
}
