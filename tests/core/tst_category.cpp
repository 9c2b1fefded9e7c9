// The ten categories of Appendix 1 (RULES 3.1): codes as on the paper form, the right each gives
// in the queue (RULES 3.3), which need a supporting document and which documents expire
// (RULES 3.2), and labels that follow the UI language.
#include "domain/Category.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

Q_DECLARE_METATYPE(Category)
Q_DECLARE_METATYPE(Right)
Q_DECLARE_METATYPE(std::optional<Category>)

using namespace Qt::StringLiterals;

namespace {

// Stands in for a Kazakh catalogue: marks every text of the "Category" context, so a test can
// see that the labels are looked up under that context at the moment they are asked for.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "Category") != 0)
            return {};
        return u"«"_s + QString::fromUtf8(sourceText) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCategory : public QObject
{
    Q_OBJECT

private slots:
    void allAreTheTenOfTheFormInOrder();
    void fromCode_data();
    void fromCode();
    void right_data();
    void right();
    void documents_data();
    void documents();
    void labelsAreDistinctAndPresent();
    void labelsFollowTheInstalledLanguage();
};

void TestCategory::allAreTheTenOfTheFormInOrder()
{
    const QList<Category> all = Categories::all();
    QCOMPARE(all.size(), 10);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(Categories::code(all.at(i)), i + 1);
    QCOMPARE(all.first(), Category::Military);
    QCOMPARE(all.last(), Category::None);
}

void TestCategory::fromCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<std::optional<Category>>("expected");

    QTest::newRow("0") << 0 << std::optional<Category>();
    QTest::newRow("-1") << -1 << std::optional<Category>();
    QTest::newRow("11") << 11 << std::optional<Category>();
    QTest::newRow("1 military") << 1 << std::optional<Category>(Category::Military);
    QTest::newRow("2 special state body") << 2 << std::optional<Category>(Category::SpecialStateBody);
    QTest::newRow("4 special needs") << 4 << std::optional<Category>(Category::SpecialNeeds);
    QTest::newRow("6 orphan") << 6 << std::optional<Category>(Category::Orphan);
    QTest::newRow("8 teacher") << 8 << std::optional<Category>(Category::TeacherChild);
    QTest::newRow("9 family with a disabled child") << 9 << std::optional<Category>(Category::FamilyWithDisabledChild);
    QTest::newRow("10 none") << 10 << std::optional<Category>(Category::None);
}

void TestCategory::fromCode()
{
    QFETCH(int, code);
    QFETCH(std::optional<Category>, expected);
    QCOMPARE(Categories::fromCode(code), expected);
    if (expected)
        QCOMPARE(Categories::code(*expected), code);
}

void TestCategory::right_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Right>("expected");

    // RULES 3.3 [P]: 1-2 extraordinary, 3-9 primary, 10 general.
    const Right expected[] = {Right::Extraordinary, Right::Extraordinary, Right::Primary,
                              Right::Primary,       Right::Primary,       Right::Primary,
                              Right::Primary,       Right::Primary,       Right::Primary,
                              Right::None};
    for (int code = 1; code <= 10; ++code)
        QTest::addRow("category %d", code) << code << expected[code - 1];
}

void TestCategory::right()
{
    QFETCH(int, code);
    QFETCH(Right, expected);
    QCOMPARE(Categories::right(*Categories::fromCode(code)), expected);
}

void TestCategory::documents_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("requiresDocument");
    QTest::addColumn<bool>("documentExpires");

    // Appendix 1 marks 1, 2, 4 "copy of the document"; RULES 3.2 [P] adds 8 and gives the
    // certificates from the place of service or work (1, 2, 8) a maximum age.
    QTest::newRow("1 military") << 1 << true << true;
    QTest::newRow("2 special state body") << 2 << true << true;
    QTest::newRow("3 disabled parent") << 3 << false << false;
    QTest::newRow("4 special needs: PMPC, no expiry") << 4 << true << false;
    QTest::newRow("5 without parental care") << 5 << false << false;
    QTest::newRow("6 orphan") << 6 << false << false;
    QTest::newRow("7 large family") << 7 << false << false;
    QTest::newRow("8 teacher") << 8 << true << true;
    QTest::newRow("9 family with a disabled child") << 9 << false << false;
    QTest::newRow("10 none") << 10 << false << false;
}

void TestCategory::documents()
{
    QFETCH(int, code);
    QFETCH(bool, requiresDocument);
    QFETCH(bool, documentExpires);
    const Category category = *Categories::fromCode(code);
    QCOMPARE(Categories::requiresDocument(category), requiresDocument);
    QCOMPARE(Categories::documentExpires(category), documentExpires);
}

void TestCategory::labelsAreDistinctAndPresent()
{
    QSet<QString> labels;
    QSet<QString> shortLabels;
    for (const Category category : Categories::all()) {
        const QString label = Categories::label(category);
        const QString shortLabel = Categories::shortLabel(category);
        QVERIFY2(!label.isEmpty(), qPrintable(QString::number(Categories::code(category))));
        QVERIFY2(!shortLabel.isEmpty(), qPrintable(QString::number(Categories::code(category))));
        QVERIFY(shortLabel.size() <= label.size());
        labels.insert(label);
        shortLabels.insert(shortLabel);
    }
    // A clerk must be able to tell every category apart in a list and in a tooltip.
    QCOMPARE(labels.size(), 10);
    QCOMPARE(shortLabels.size(), 10);

    const QSet<QString> rightLabels = {Categories::rightLabel(Right::Extraordinary),
                                       Categories::rightLabel(Right::Primary),
                                       Categories::rightLabel(Right::None)};
    QCOMPARE(rightLabels.size(), 3);
    QVERIFY(!rightLabels.contains(QString()));
}

void TestCategory::labelsFollowTheInstalledLanguage()
{
    const QString english = Categories::label(Category::Orphan);
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = Categories::label(Category::Orphan);
    const QString translatedShort = Categories::shortLabel(Category::LargeFamily);
    const QString translatedRight = Categories::rightLabel(Right::Primary);
    QVERIFY(QCoreApplication::removeTranslator(&translator));

    QCOMPARE(translated, u"«"_s + english + u"»"_s);
    QVERIFY(translatedShort.startsWith(u'«'));
    QVERIFY(translatedRight.startsWith(u'«'));
    // And back to English once the catalogue is removed.
    QCOMPARE(Categories::label(Category::Orphan), english);
}

QTEST_GUILESS_MAIN(TestCategory)
#include "tst_category.moc"
