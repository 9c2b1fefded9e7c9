#include "TextLanguage.h"

#include <QList>

namespace {

bool isCyrillic(QChar c)
{
    return c.script() == QChar::Script_Cyrillic;
}

// ә ғ қ ң ө ұ ү һ і (lower case; the word is folded before it is looked at).
bool isKazakhOnly(QChar c)
{
    static const QString letters = QStringLiteral("әғқңөұүһі");
    return letters.contains(c);
}

struct Word
{
    QString text;
    bool startsSentence = false;
};

} // namespace

TextLanguage TextLanguages::detect(const QString &text)
{
    // Words are runs of letters; a sentence starts at the beginning of the text, after . ! ? or
    // a line break (an abbreviation's full stop, "г. Алматы", starts one too: the word after it
    // then counts, which only ever counts one word more).
    QList<Word> words;
    bool sentenceStart = true;
    Word current;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            words.append(current);
        current = Word{};
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (current.text.isEmpty()) {
                current.startsSentence = sentenceStart;
                sentenceStart = false;
            }
            current.text.append(c);
            continue;
        }
        flush();
        if (c == u'.' || c == u'!' || c == u'?' || c == u'\n')
            sentenceStart = true;
        else if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            sentenceStart = false; // a digit: "№ 5 Алматы" is not a sentence start
    }
    flush();

    int kazakhWords = 0;
    int cyrillicWords = 0;
    for (const Word &word : words) {
        bool cyrillic = false;
        bool kazakhLetter = false;
        const QString folded = word.text.toLower();
        for (const QChar c : folded) {
            if (isCyrillic(c)) {
                cyrillic = true;
                kazakhLetter = kazakhLetter || isKazakhOnly(c);
            }
        }
        if (!cyrillic)
            continue; // Latin text counts for neither language
        // A Latin i typed for і inside a Cyrillic word.
        kazakhLetter = kazakhLetter || folded.contains(u'i');

        // A capitalised word (or an initial) may be a name, and a Kazakh name says nothing about
        // the language around it ("справка Сәрсенбаевой", "Ұлжан не принесла справку"): it never
        // counts for Kazakh, and for Russian only as the first word of a sentence.
        const bool capitalised = word.text.front().isUpper() && word.text.mid(1) == word.text.mid(1).toLower();
        if (capitalised) {
            if (!kazakhLetter && word.startsSentence)
                ++cyrillicWords;
            continue;
        }
        if (kazakhLetter)
            ++kazakhWords;
        else
            ++cyrillicWords;
    }
    if (kazakhWords > 0)
        return TextLanguage::Kazakh;
    if (cyrillicWords >= minimumRussianWords)
        return TextLanguage::Russian;
    return TextLanguage::Undecided;
}
