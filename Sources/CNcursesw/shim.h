// The system's wide-character ncurses, made usable from Swift 6.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600 ("prohibited flag"), so the
// wide-character API is switched on here, before curses.h is read.
// Swift cannot import function-like macros, and Swift 6 rejects C globals
// such as stdscr, LINES and COLS as not concurrency-safe: every such thing
// the terminal adaptor needs has a small static inline accessor below.
#ifndef SIGNAAL_CNCURSESW_SHIM_H
#define SIGNAAL_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#if defined(__has_include)
#  if __has_include(<ncursesw/curses.h>)
#    include <ncursesw/curses.h>
#  else
#    include <curses.h>
#  endif
#else
#  include <curses.h>
#endif

// wcswidth is only declared under _XOPEN_SOURCE, and the C library's module
// may have been built without it; this matching declaration is harmless.
extern int wcswidth(const wchar_t *s, size_t n);

// MARK: globals

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }

// MARK: attributes (built from macros, so not imported)

static inline attr_t shim_a_normal(void) { return (attr_t)A_NORMAL; }
static inline attr_t shim_a_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t shim_a_reverse(void) { return (attr_t)A_REVERSE; }
static inline attr_t shim_a_underline(void) { return (attr_t)A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return (attr_t)A_DIM; }
static inline attr_t shim_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

// MARK: keys

static inline int shim_key_f(int n) { return KEY_F(n); }

// MARK: locale and width

/// 1 when the current LC_CTYPE uses UTF-8 (call after setlocale).
static inline int shim_is_utf8_locale(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0;
}

/// Columns the C library (and so ncurses) gives these wide characters;
/// -1 when one is not printable in the current locale.
static inline int shim_wcswidth(const wchar_t *text, size_t count) {
    return wcswidth(text, count);
}

#endif
