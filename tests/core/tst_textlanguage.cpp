// The language of the clerk's own words (issue 13 item 1), told from the text: Kazakh-only letters
// mean Kazakh; Cyrillic words without them mean Russian only when there are enough of them; names,
// digits and Latin text mean neither. A letter in the other language marks such a text.
#include "domain/TextLanguage.h"

#include <QTest>

Q_DECLARE_METATYPE(TextLanguage)

using namespace Qt::StringLiterals;

class TestTextLanguage : public QObject
{
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
};

void TestTextLanguage::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextLanguage>("expected");

    // The examples: the explanation and the ID document, typed in either language.
    QTest::newRow("kk explanation") << u"Анықтама 19.11.2026 берілген."_s << TextLanguage::Kazakh;
    QTest::newRow("ru explanation") << u"Справка о состоянии здоровья без печати поликлиники."_s
                                    << TextLanguage::Russian;
    QTest::newRow("kk ID document") << u"жеке куәлік № 045123456, ҚР ІІМ, 12.03.2018"_s << TextLanguage::Kazakh;
    QTest::newRow("ru ID document") << u"удостоверение личности № 045123456 от 12.03.2018, МВД РК"_s
                                    << TextLanguage::Russian;

    // One Kazakh-only letter is enough, in either case, in a word of capitals too.
    for (const QString &letter : {u"ә"_s, u"ғ"_s, u"қ"_s, u"ң"_s, u"ө"_s, u"ұ"_s, u"ү"_s, u"һ"_s, u"і"_s})
        QTest::addRow("kazakh letter %s", qPrintable(letter))
            << (u"мама "_s + letter + u"ра"_s) << TextLanguage::Kazakh;
    QTest::newRow("kazakh letter in capitals") << u"ҚР ІІМ"_s << TextLanguage::Kazakh;
    QTest::newRow("kazakh text without capitals") << u"құжат жоқ"_s << TextLanguage::Kazakh;
    // Typed on a keyboard without the Kazakh layout: a Latin i for і inside a Cyrillic word.
    QTest::newRow("latin i for kazakh i") << u"анықтама берiлмеген"_s << TextLanguage::Kazakh;
    QTest::newRow("latin i only") << u"берiлмеген"_s << TextLanguage::Kazakh;

    // Kazakh has ы, э, ё and every other Russian letter: words without a Kazakh-only letter say
    // Russian only from three of them on.
    QTest::newRow("two plain words") << u"печати нет"_s << TextLanguage::Undecided;
    QTest::newRow("three plain words") << u"печати нет вообще"_s << TextLanguage::Russian;
    QTest::newRow("one plain word") << u"паспорт"_s << TextLanguage::Undecided;
    QTest::newRow("russian letters only, ы э ё") << u"ёлка эх мы"_s << TextLanguage::Russian;
    QTest::newRow("first word of a sentence counts") << u"Справка не представлена"_s << TextLanguage::Russian;
    QTest::newRow("abbreviations count") << u"МВД РК выдало"_s << TextLanguage::Russian;
    QTest::newRow("two plain words and a number") << u"паспорт N 12345678 выдан"_s << TextLanguage::Undecided;

    // Neither language: digits, Latin text, names alone.
    QTest::newRow("empty") << QString() << TextLanguage::Undecided;
    QTest::newRow("spaces") << u"  \n "_s << TextLanguage::Undecided;
    QTest::newRow("digits") << u"045123456 от 12.03.2018"_s << TextLanguage::Undecided;
    QTest::newRow("number only") << u"045123456"_s << TextLanguage::Undecided;
    QTest::newRow("latin text") << u"ID card N012345678 issued by the Ministry of Internal Affairs"_s
                                << TextLanguage::Undecided;
    QTest::newRow("kazakh name alone") << u"Сәрсенбаева Ұлжан Ғабитқызы"_s << TextLanguage::Undecided;
    QTest::newRow("russian name alone") << u"Иванова Мария"_s << TextLanguage::Undecided;
    QTest::newRow("kazakh initials") << u"Ғ. Ә. Сәрсенбаев"_s << TextLanguage::Undecided;

    // A Kazakh name in a Russian explanation does not make it Kazakh.
    QTest::newRow("russian with a kazakh name inside")
        << u"Мать ребенка Сәрсенбаева не принесла справку"_s << TextLanguage::Russian;
    QTest::newRow("russian starting with a kazakh name") << u"Ұлжан не принесла справку"_s << TextLanguage::Russian;
    QTest::newRow("russian with kazakh initials")
        << u"справку принесла Ғ. Сәрсенбаева без печати"_s << TextLanguage::Russian;
    // A Russian name in a Kazakh explanation: the Kazakh words decide.
    QTest::newRow("kazakh with a russian name inside") << u"Иванова анықтаманы әкелмеді"_s << TextLanguage::Kazakh;
    // Both: a Kazakh word is the stronger sign (Russian has none of its letters).
    QTest::newRow("kazakh word among russian") << u"справка есть, мөр жоқ"_s << TextLanguage::Kazakh;
}

void TestTextLanguage::detect()
{
    QFETCH(QString, text);
    QFETCH(TextLanguage, expected);
    QCOMPARE(TextLanguages::detect(text), expected);
}

QTEST_GUILESS_MAIN(TestTextLanguage)
#include "tst_textlanguage.moc"
