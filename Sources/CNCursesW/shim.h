#ifndef RIPOSTE_CNCURSESW_SHIM_H
#define RIPOSTE_CNCURSESW_SHIM_H
// The wide-character API (cchar_t, get_wch, setcchar) is only declared with this defined.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift 6 refuses to read C globals, and cannot import function-like macros; these give it their values.
static inline WINDOW *riposte_stdscr(void) { return stdscr; }
static inline int riposte_colors(void) { return COLORS; }
static inline int riposte_color_pairs(void) { return COLOR_PAIRS; }
static inline int riposte_lines(void) { return LINES; }
static inline int riposte_cols(void) { return COLS; }
static inline attr_t riposte_a_normal(void) { return A_NORMAL; }
static inline attr_t riposte_a_bold(void) { return A_BOLD; }
static inline attr_t riposte_a_dim(void) { return A_DIM; }
static inline attr_t riposte_a_underline(void) { return A_UNDERLINE; }
static inline attr_t riposte_a_reverse(void) { return A_REVERSE; }

// Mouse events Riposte asks for: a click of the first button, and the wheel (buttons 4 and 5).
static inline mmask_t riposte_mouse_events(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int riposte_mouse_kind(mmask_t state) {
    if (state & BUTTON4_PRESSED) return 4;
    if (state & BUTTON5_PRESSED) return 5;
    if (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
    return 0;
}

// tigetstr answers (char *)-1 for a capability that is not a string; Swift cannot compare against that.
static inline const char *riposte_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? 0 : value;
}

#endif
