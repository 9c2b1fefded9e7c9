#pragma once

#include <QString>

// The language of a text the clerk typed in her own words (a refusal's explanation, the parent's
// ID document or address on a contract), told from the text itself (issue 13 item 1): a letter
// printed in the other language prints such a text as it was typed, after a short marker that
// says so. Nothing is stored for it: the same text always gives the same answer.
enum class TextLanguage {
    Undecided, // digits, Latin text, names alone, or too few Cyrillic words to tell
    Kazakh,
    Russian,
};

namespace TextLanguages {

// The rule, kept simple so that a clerk can predict it:
// - a Cyrillic word with a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і, either case; a Latin i or I
//   typed inside a Cyrillic word for і, as on a keyboard without the Kazakh layout) makes the
//   text Kazakh;
// - otherwise Kazakh uses every Russian letter too, so Cyrillic words mean Russian only when
//   there are at least minimumRussianWords of them; fewer stay undecided;
// - a capitalised word or an initial may be a name, and a Kazakh name says nothing about the
//   text around it: it never counts for Kazakh, and for Russian only as a sentence's first word;
//   a word in capitals (an abbreviation: "МВД", "ҚР ІІМ") counts as any other;
// - digits, punctuation and Latin words count for neither.
TextLanguage detect(const QString &text);

inline constexpr int minimumRussianWords = 3;

} // namespace TextLanguages
