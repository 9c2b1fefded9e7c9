// Validation of an Appendix 1 application (RULES 3.2): every rule names its field, refuses with
// an error or only warns, and all problems come back at once so the clerk fixes them in one go.
#include "domain/ApplicationValidation.h"
#include "domain/PhoneText.h"
#include "domain/FieldLimits.h"

#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(Rule)
Q_DECLARE_METATYPE(Severity)
Q_DECLARE_METATYPE(Category)
Q_DECLARE_METATYPE(Iin::Sex)

using namespace Qt::StringLiterals;

namespace {

// "Now" of every test: 10 June 2025, 10:00 in Almaty (the tests run with TZ=Asia/Almaty).
const QDateTime testNow(QDate(2025, 6, 10), QTime(10, 0));

ValidationContext context(RuleSettings settings = {})
{
    return ValidationContext{testNow, settings};
}

// A complete application that passes every rule: the reference each test changes one thing of.
Application validApplication()
{
    Application a;
    a.id = u"a1"_s;
    a.applicant = PersonName{u"Ахметова"_s, u"Әйгерім"_s, u"Серікқызы"_s};
    a.applicantIin = u"850101300124"_s;
    a.applicantAddress = u"Астана, Мәңгілік Ел 8, 12"_s;
    a.settlement = u"Астана"_s;
    a.child = PersonName{u"Ахметова"_s, u"Айлин"_s, {}};
    a.childIin = u"210315601231"_s; // encodes 15 March 2021, female
    a.childBirthDate = QDate(2021, 3, 15);
    a.childSex = Iin::Sex::Female;
    a.category = Category::None;
    a.preferredKindergartens = {u"kg-1"_s, u"kg-2"_s};
    a.phones = {u"+77012345678"_s};
    a.email = u"aigerim@example.kz"_s;
    a.consent = true;
    a.signatureDate = testNow.date();
    return a;
}

// One readable line per issue, sorted, so a failed comparison shows exactly what differs and
// the order the issues come in does not matter.
QString describe(Issues issues)
{
    QStringList lines;
    for (const Issue &issue : issues) {
        lines.append(u"%1 field=%2 rule=%3 [%4]"_s.arg(issue.isError() ? u"error"_s : u"warning"_s)
                         .arg(int(issue.field))
                         .arg(int(issue.rule))
                         .arg(issue.message()));
    }
    lines.sort();
    return lines.join(u'\n');
}

Issues validate(const Application &application, const RuleSettings &settings = {})
{
    return validateApplication(application, context(settings));
}

// Blanks the field of the form that `field` names.
void blank(Application &a, Field field, const QString &blankText)
{
    switch (field) {
    case Field::ApplicantSurname: a.applicant.surname = blankText; break;
    case Field::ApplicantName: a.applicant.name = blankText; break;
    case Field::ApplicantIin: a.applicantIin = blankText; break;
    case Field::ApplicantAddress: a.applicantAddress = blankText; break;
    case Field::Settlement: a.settlement = blankText; break;
    case Field::ChildSurname: a.child.surname = blankText; break;
    case Field::ChildName: a.child.name = blankText; break;
    case Field::ChildIin: a.childIin = blankText; break;
    case Field::ChildBirthDate: a.childBirthDate = QDate(); break;
    case Field::SignatureDate: a.signatureDate = QDate(); break;
    default: QFAIL("no such field in this test");
    }
}

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void fullName_data();
    void fullName();

    void completeApplicationHasNoIssues();
    void requiredFields_data();
    void requiredFields();
    void patronymicsAndIssuerAreOptional();
    void textsWithinTheirLimits_data();
    void textsWithinTheirLimits();
    void controlCharactersRefused_data();
    void controlCharactersRefused();

    void iinErrors_data();
    void iinErrors();
    void iinMismatchOnlyWarns_data();
    void iinMismatchOnlyWarns();

    void childAge_data();
    void childAge();
    void filingDateIsFiledAtOrNow();

    void categoryDocument_data();
    void categoryDocument();

    void kindergartens_data();
    void kindergartens();

    void normalizeMobileNumber_data();
    void normalizeMobileNumber();
    void phoneTextGroupsKazakhNumbers();
    void isValidEmail_data();
    void isValidEmail();
    void channels_data();
    void channels();

    void consentRequired();
    void signatureDate_data();
    void signatureDate();

    void allIssuesAtOnce();
};

void TestApplication::fullName_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("patronymic");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all three") << u"Серіков"_s << u"Нұрлан"_s << u"Асқарұлы"_s << u"Серіков Нұрлан Асқарұлы"_s;
    QTest::newRow("no patronymic") << u"Серіков"_s << u"Нұрлан"_s << QString() << u"Серіков Нұрлан"_s;
    QTest::newRow("blank patronymic") << u"Серіков"_s << u"Нұрлан"_s << u"  "_s << u"Серіков Нұрлан"_s;
    QTest::newRow("stray spaces") << u" Серіков "_s << u"Нұрлан  "_s << u"Асқар  ұлы"_s << u"Серіков Нұрлан Асқар ұлы"_s;
    QTest::newRow("name only") << QString() << u"Нұрлан"_s << QString() << u"Нұрлан"_s;
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestApplication::fullName()
{
    QFETCH(QString, surname);
    QFETCH(QString, name);
    QFETCH(QString, patronymic);
    QFETCH(QString, expected);
    QCOMPARE((PersonName{surname, name, patronymic}.fullName()), expected);
}

void TestApplication::completeApplicationHasNoIssues()
{
    const Issues issues = validate(validApplication());
    QCOMPARE(describe(issues), QString());
    QVERIFY(!hasErrors(issues));
}

void TestApplication::requiredFields_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("blankText");

    const Field fields[] = {Field::ApplicantSurname, Field::ApplicantName,   Field::ApplicantIin,
                            Field::ApplicantAddress, Field::Settlement,      Field::ChildSurname,
                            Field::ChildName,        Field::ChildIin,        Field::ChildBirthDate,
                            Field::SignatureDate};
    for (const Field field : fields) {
        const QByteArray name = Issue::fieldName(field).toUtf8();
        QTest::addRow("%s empty", name.constData()) << field << QString();
        QTest::addRow("%s spaces only", name.constData()) << field << u"  \t"_s;
    }
}

void TestApplication::requiredFields()
{
    QFETCH(Field, field);
    QFETCH(QString, blankText);
    Application application = validApplication();
    blank(application, field, blankText);

    // One error, on that field; with no birth date entered the IIN has nothing to disagree with.
    const Issues issues = validate(application);
    QCOMPARE(describe(issues), describe({Issue::error(field, Rule::Required)}));
    QVERIFY(hasErrors(issues));
}

void TestApplication::textsWithinTheirLimits_data()
{
    QTest::addColumn<Field>("field");
    for (const Field field : {Field::ApplicantSurname, Field::ApplicantName, Field::ApplicantAddress, Field::Settlement,
                              Field::ChildSurname, Field::ChildName})
        QTest::addRow("%s", Issue::fieldName(field).toUtf8().constData()) << field;
}

void TestApplication::textsWithinTheirLimits()
{
    // Issue 14 item 7: at the limit the text is taken; one character more is refused, naming the
    // field and the limit, and nothing else is said about the application.
    QFETCH(Field, field);
    const int limit = FieldLimits::maxLength(field);
    QVERIFY(limit >= 100);
    Application application = validApplication();
    blank(application, field, QString(limit, u'Ә'));
    QCOMPARE(describe(validate(application)), QString());
    blank(application, field, QString(limit + 1, u'Ә'));
    QCOMPARE(describe(validate(application)), describe({Issue::error(field, Rule::TooLong, QString::number(limit))}));
}

void TestApplication::controlCharactersRefused_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("character"); // empty: taken
    const QString nul(QChar(u'\0'));
    QTest::newRow("NUL in a child's name") << Field::ChildName << (u"Іск"_s + nul + u"ендер"_s) << u"U+0000"_s;
    QTest::newRow("NUL at the end of a surname") << Field::ApplicantSurname << (u"Омарова"_s + nul) << u"U+0000"_s;
    QTest::newRow("escape in an address") << Field::ApplicantAddress << u"Қонаев\x1b[31m"_s << u"U+001B"_s;
    QTest::newRow("DEL in a settlement") << Field::Settlement << u"Қонаев\x7f"_s << u"U+007F"_s;
    QTest::newRow("a line break in an address is taken") << Field::ApplicantAddress << u"Қонаев,\nАбай к-сі, 1"_s
                                                         << QString();
}

void TestApplication::controlCharactersRefused()
{
    // Issue 14 item 9: a name with a NUL in it was stored (a JSON escape of U+0000 in an import).
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(QString, character);
    Application application = validApplication();
    blank(application, field, text);
    const Issues expected = character.isEmpty() ? Issues() : Issues{Issue::error(field, Rule::ControlCharacter, character)};
    QCOMPARE(describe(validate(application)), describe(expected));
}

void TestApplication::patronymicsAndIssuerAreOptional()
{
    Application application = validApplication();
    application.applicant.patronymic.clear();
    application.child.patronymic.clear();
    application.category = Category::SpecialNeeds;
    application.categoryDocument = CategoryDocument{u"PMPC conclusion"_s, u"118"_s, {}, QDate(2024, 9, 2)};
    QCOMPARE(describe(validate(application)), QString());
}

void TestApplication::iinErrors_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("iin");
    QTest::addColumn<Rule>("expected");

    for (const Field field : {Field::ApplicantIin, Field::ChildIin}) {
        const QByteArray name = Issue::fieldName(field).toUtf8();
        QTest::addRow("%s: 11 digits", name.constData()) << field << u"21031560123"_s << Rule::IinNotTwelveDigits;
        QTest::addRow("%s: 13 digits", name.constData()) << field << u"2103156012311"_s << Rule::IinNotTwelveDigits;
        QTest::addRow("%s: a letter", name.constData()) << field << u"21031560123A"_s << Rule::IinNotTwelveDigits;
        QTest::addRow("%s: wrong check digit", name.constData()) << field << u"210315601230"_s << Rule::IinCheckDigit;
    }
}

void TestApplication::iinErrors()
{
    QFETCH(Field, field);
    QFETCH(QString, iin);
    QFETCH(Rule, expected);
    Application application = validApplication();
    (field == Field::ApplicantIin ? application.applicantIin : application.childIin) = iin;
    QCOMPARE(describe(validate(application)), describe({Issue::error(field, expected)}));
}

void TestApplication::iinMismatchOnlyWarns_data()
{
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<Iin::Sex>("sex");
    QTest::addColumn<QList<Rule>>("warnings");

    // The child's IIN 210315601231 encodes 15 March 2021, a girl (RULES 9).
    QTest::newRow("matches") << QDate(2021, 3, 15) << Iin::Sex::Female << QList<Rule>{};
    QTest::newRow("sex not entered") << QDate(2021, 3, 15) << Iin::Sex::Unknown << QList<Rule>{};
    QTest::newRow("other date") << QDate(2021, 3, 16) << Iin::Sex::Female << QList<Rule>{Rule::IinBirthDateMismatch};
    QTest::newRow("other sex") << QDate(2021, 3, 15) << Iin::Sex::Male << QList<Rule>{Rule::IinSexMismatch};
    QTest::newRow("both") << QDate(2022, 1, 1) << Iin::Sex::Male
                          << QList<Rule>{Rule::IinBirthDateMismatch, Rule::IinSexMismatch};
}

void TestApplication::iinMismatchOnlyWarns()
{
    QFETCH(QDate, birthDate);
    QFETCH(Iin::Sex, sex);
    QFETCH(QList<Rule>, warnings);
    Application application = validApplication();
    application.childBirthDate = birthDate;
    application.childSex = sex;

    const Issues issues = validate(application);
    QVERIFY(!hasErrors(issues)); // the application can still be registered
    QCOMPARE(issues.size(), warnings.size());
    for (const Issue &issue : issues) {
        QCOMPARE(issue.field, Field::ChildIin);
        QCOMPARE(issue.severity, Severity::Warning);
        QVERIFY(warnings.contains(issue.rule));
    }
}

void TestApplication::childAge_data()
{
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<int>("maxAgeYears");
    QTest::addColumn<QList<Rule>>("errors");

    // Filing on 10 June 2025 (RULES 3.2 [P]: refuse a child of 6 or older on the filing date).
    QTest::newRow("4 years old") << QDate(2021, 3, 15) << 6 << QList<Rule>{};
    QTest::newRow("born on the filing day") << QDate(2025, 6, 10) << 6 << QList<Rule>{};
    QTest::newRow("6th birthday tomorrow") << QDate(2019, 6, 11) << 6 << QList<Rule>{};
    QTest::newRow("6th birthday today") << QDate(2019, 6, 10) << 6 << QList<Rule>{Rule::ChildTooOld};
    QTest::newRow("7 years old") << QDate(2018, 1, 1) << 6 << QList<Rule>{Rule::ChildTooOld};
    QTest::newRow("6, setting 7") << QDate(2019, 6, 10) << 7 << QList<Rule>{};
    QTest::newRow("5, setting 5") << QDate(2020, 1, 31) << 5 << QList<Rule>{Rule::ChildTooOld};
    QTest::newRow("born tomorrow") << QDate(2025, 6, 11) << 6 << QList<Rule>{Rule::BirthDateInFuture};
}

void TestApplication::childAge()
{
    QFETCH(QDate, birthDate);
    QFETCH(int, maxAgeYears);
    QFETCH(QList<Rule>, errors);
    Application application = validApplication();
    application.childIin = u"200101500403"_s; // encodes another date: only a warning
    application.childBirthDate = birthDate;
    application.childSex = Iin::Sex::Unknown;
    RuleSettings settings;
    settings.maxChildAgeYears = maxAgeYears;

    Issues expected;
    for (const Rule rule : errors)
        expected.append(Issue::error(Field::ChildBirthDate, rule));
    Issues issues = validate(application, settings);
    issues.removeIf([](const Issue &issue) { return issue.rule == Rule::IinBirthDateMismatch; });
    QCOMPARE(describe(issues), describe(expected));
}

void TestApplication::filingDateIsFiledAtOrNow()
{
    // A child born on 29 February 2020 turns 6 on 1 March 2026, when 28 February has passed.
    Application application = validApplication();
    application.childIin = u"200229500079"_s; // 29 February 2020, a boy
    application.childBirthDate = QDate(2020, 2, 29);
    application.childSex = Iin::Sex::Male;
    application.signatureDate = QDate(2026, 2, 27);
    const auto ageIssues = [&application](const QDateTime &now) {
        Issues issues = validateApplication(application, ValidationContext{now, {}});
        issues.removeIf([](const Issue &issue) { return issue.field != Field::ChildBirthDate; });
        return describe(issues);
    };
    const QString tooOld = describe({Issue::error(Field::ChildBirthDate, Rule::ChildTooOld)});

    // filedAt empty: the filing moment is "now".
    QCOMPARE(ageIssues(QDateTime(QDate(2026, 2, 28), QTime(17, 0))), QString());
    QCOMPARE(ageIssues(QDateTime(QDate(2026, 3, 1), QTime(9, 0))), tooOld);

    // filedAt set (an application entered after it was filed): the age on that day counts, not
    // today's.
    application.filedAt = QDateTime(QDate(2026, 2, 28), QTime(17, 0));
    QCOMPARE(ageIssues(QDateTime(QDate(2026, 3, 5), QTime(9, 0))), QString());
    application.filedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
    QCOMPARE(ageIssues(QDateTime(QDate(2026, 2, 20), QTime(9, 0))), tooOld);
}

void TestApplication::categoryDocument_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<int>("maxAgeMonths");
    QTest::addColumn<QString>("expected");

    const QString certificate = u"Certificate from the place of service"_s;
    const QDate fresh(2025, 6, 1);
    // Filing on 10 June 2025.
    QTest::newRow("10 none: no document needed")
        << Category::None << QString() << QString() << QString() << QDate() << 1 << QString();
    QTest::newRow("6 orphan: no document needed")
        << Category::Orphan << QString() << QString() << QString() << QDate() << 1 << QString();
    QTest::newRow("1 military: no document")
        << Category::Military << QString() << QString() << QString() << QDate() << 1
        << describe({Issue::error(Field::Category, Rule::CategoryDocumentRequired)});
    QTest::newRow("2 special state body: no document")
        << Category::SpecialStateBody << QString() << QString() << QString() << QDate() << 1
        << describe({Issue::error(Field::Category, Rule::CategoryDocumentRequired)});
    QTest::newRow("4 special needs: no document")
        << Category::SpecialNeeds << QString() << QString() << QString() << QDate() << 1
        << describe({Issue::error(Field::Category, Rule::CategoryDocumentRequired)});
    QTest::newRow("8 teacher: no document")
        << Category::TeacherChild << QString() << QString() << QString() << QDate() << 1
        << describe({Issue::error(Field::Category, Rule::CategoryDocumentRequired)});
    QTest::newRow("1 military: complete")
        << Category::Military << certificate << u"17/204"_s << u"Military unit 12345"_s << fresh << 1 << QString();
    QTest::newRow("1 military: number missing")
        << Category::Military << certificate << QString() << u"Military unit 12345"_s << fresh << 1
        << describe({Issue::error(Field::CategoryDocumentNumber, Rule::Required)});
    QTest::newRow("1 military: type and date missing")
        << Category::Military << QString() << u"17/204"_s << QString() << QDate() << 1
        << describe({Issue::error(Field::CategoryDocumentType, Rule::Required),
                     Issue::error(Field::CategoryDocumentIssueDate, Rule::Required)});
    QTest::newRow("8 teacher: exactly one month old")
        << Category::TeacherChild << certificate << u"5"_s << QString() << QDate(2025, 5, 10) << 1 << QString();
    QTest::newRow("8 teacher: one month and a day old: warning")
        << Category::TeacherChild << certificate << u"5"_s << QString() << QDate(2025, 5, 9) << 1
        << describe({Issue::warning(Field::CategoryDocumentIssueDate, Rule::CategoryDocumentTooOld)});
    QTest::newRow("2 special state body: a year old: warning")
        << Category::SpecialStateBody << certificate << u"5"_s << QString() << QDate(2024, 6, 10) << 1
        << describe({Issue::warning(Field::CategoryDocumentIssueDate, Rule::CategoryDocumentTooOld)});
    QTest::newRow("8 teacher: 40 days old, setting 2 months")
        << Category::TeacherChild << certificate << u"5"_s << QString() << QDate(2025, 5, 1) << 2 << QString();
    QTest::newRow("4 special needs: an old PMPC conclusion does not expire")
        << Category::SpecialNeeds << u"PMPC conclusion"_s << u"118"_s << u"PMPC No. 2"_s << QDate(2023, 1, 20) << 1
        << QString();
    QTest::newRow("1 military: issued after filing")
        << Category::Military << certificate << u"17/204"_s << QString() << QDate(2025, 6, 11) << 1
        << describe({Issue::error(Field::CategoryDocumentIssueDate, Rule::OutOfRange)});
}

void TestApplication::categoryDocument()
{
    QFETCH(Category, category);
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(QString, issuer);
    QFETCH(QDate, issueDate);
    QFETCH(int, maxAgeMonths);
    QFETCH(QString, expected);
    Application application = validApplication();
    application.category = category;
    application.categoryDocument = CategoryDocument{type, number, issuer, issueDate};
    RuleSettings settings;
    settings.categoryDocumentMaxAgeMonths = maxAgeMonths;
    QCOMPARE(describe(validate(application, settings)), expected);
}

void TestApplication::kindergartens_data()
{
    QTest::addColumn<QStringList>("kindergartens");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QList<Rule>>("errors");

    QTest::newRow("none chosen") << QStringList() << 4 << QList<Rule>{};
    QTest::newRow("four") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << 4 << QList<Rule>{};
    QTest::newRow("five") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s} << 4
                          << QList<Rule>{Rule::TooManyKindergartens};
    QTest::newRow("four and empty slots") << QStringList{u"a"_s, {}, u"b"_s, u" "_s, u"c"_s, u"d"_s} << 4
                                          << QList<Rule>{};
    QTest::newRow("the same twice") << QStringList{u"a"_s, u"b"_s, u"a"_s} << 4
                                    << QList<Rule>{Rule::DuplicateKindergarten};
    QTest::newRow("three, setting 2, one twice") << QStringList{u"a"_s, u"b"_s, u"b"_s} << 2
                                                 << QList<Rule>{Rule::TooManyKindergartens,
                                                                Rule::DuplicateKindergarten};
}

void TestApplication::kindergartens()
{
    QFETCH(QStringList, kindergartens);
    QFETCH(int, maximum);
    QFETCH(QList<Rule>, errors);
    Application application = validApplication();
    application.preferredKindergartens = kindergartens;
    RuleSettings settings;
    settings.maxPreferredKindergartens = maximum;
    Issues expected;
    for (const Rule rule : errors)
        expected.append(Issue::error(Field::PreferredKindergartens, rule));
    QCOMPARE(describe(validate(application, settings)), describe(expected));
}

void TestApplication::normalizeMobileNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Every usual spelling of one number.
    QTest::newRow("E.164") << u"+77012345678"_s << u"+77012345678"_s;
    QTest::newRow("+7 grouped") << u"+7 701 234 56 78"_s << u"+77012345678"_s;
    QTest::newRow("+7 brackets") << u"+7(701)2345678"_s << u"+77012345678"_s;
    QTest::newRow("8 trunk prefix") << u"87012345678"_s << u"+77012345678"_s;
    QTest::newRow("8 grouped") << u"8 701 234 56 78"_s << u"+77012345678"_s;
    QTest::newRow("8 brackets dashes") << u"8 (701) 234-56-78"_s << u"+77012345678"_s;
    QTest::newRow("7 without plus") << u"77012345678"_s << u"+77012345678"_s;
    QTest::newRow("10 digits") << u"7012345678"_s << u"+77012345678"_s;
    QTest::newRow("dots") << u"701.234.56.78"_s << u"+77012345678"_s;
    QTest::newRow("no-break spaces") << u"+7\u00a0701\u00a0234\u00a056\u00a078"_s << u"+77012345678"_s;
    QTest::newRow("surrounding spaces") << u"  87012345678 "_s << u"+77012345678"_s;
    // Mobile operator codes: 70x, 74x, 77x.
    QTest::newRow("700 Altel") << u"+77001112233"_s << u"+77001112233"_s;
    QTest::newRow("705 Beeline") << u"87051112233"_s << u"+77051112233"_s;
    QTest::newRow("707 Tele2") << u"87071112233"_s << u"+77071112233"_s;
    QTest::newRow("708 Altel") << u"87081112233"_s << u"+77081112233"_s;
    QTest::newRow("747 Tele2") << u"87471112233"_s << u"+77471112233"_s;
    QTest::newRow("771 Beeline") << u"87711112233"_s << u"+77711112233"_s;
    QTest::newRow("775 Kcell") << u"87751112233"_s << u"+77751112233"_s;
    QTest::newRow("777 Beeline") << u"87771112233"_s << u"+77771112233"_s;
    QTest::newRow("778 Kcell") << u"87781112233"_s << u"+77781112233"_s;
    // Landlines cannot take an SMS.
    QTest::newRow("Astana landline 7172") << u"+77172123456"_s << QString();
    QTest::newRow("Almaty landline 727") << u"8 727 123 45 67"_s << QString();
    QTest::newRow("Karaganda landline 7212") << u"87212123456"_s << QString();
    QTest::newRow("VoIP 751") << u"+77511234567"_s << QString();
    QTest::newRow("satellite 760") << u"+77601234567"_s << QString();
    // Other countries and other services.
    QTest::newRow("Russian mobile +7 9xx") << u"+79161234567"_s << QString();
    QTest::newRow("toll-free 8 800") << u"88001234567"_s << QString();
    QTest::newRow("Kyrgyz +996") << u"+996555123456"_s << QString();
    // Not numbers of the right length or shape.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("too short") << u"+7701234567"_s << QString();
    QTest::newRow("too long") << u"+770123456789"_s << QString();
    QTest::newRow("9 digits") << u"701234567"_s << QString();
    QTest::newRow("12 digits 8") << u"870123456789"_s << QString();
    QTest::newRow("+8") << u"+87012345678"_s << QString();
    QTest::newRow("plus in the middle") << u"8+7012345678"_s << QString();
    QTest::newRow("a letter") << u"+7701234567O"_s << QString();
    QTest::newRow("extension") << u"+77012345678 ext 2"_s << QString();
    QTest::newRow("two numbers") << u"87012345678, 87771234567"_s << QString();
    QTest::newRow("Arabic-Indic digits") << u"+٧٧٠١٢٣٤٥٦٧٨"_s << QString();
}

void TestApplication::normalizeMobileNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(::normalizeMobileNumber(text), expected);
}

// Issue 13 item 5: one look of a mobile number on screen and in documents.
void TestApplication::phoneTextGroupsKazakhNumbers()
{
    QCOMPARE(PhoneText::grouped(u"+77017654321"_s), u"+7 (701) 765-43-21"_s);
    QCOMPARE(PhoneText::grouped(::normalizeMobileNumber(u"8 701 765 43 21"_s)), u"+7 (701) 765-43-21"_s);
    QCOMPARE(PhoneText::grouped(u"87017654321"_s), QString()); // not E.164: not guessed at
    QCOMPARE(PhoneText::grouped(u"+996555123456"_s), QString());
    QCOMPARE(PhoneText::display(u"8 7172 55 66 77"_s), u"8 7172 55 66 77"_s);
    QCOMPARE(PhoneText::display(QStringList{u"+77017654321"_s, {}, u"+77771234567"_s}),
             u"+7 (701) 765-43-21, +7 (777) 123-45-67"_s);
}

void TestApplication::isValidEmail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"aigerim@example.kz"_s << true;
    QTest::newRow("dots and plus") << u"ai.gerim+queue@mail.example.kz"_s << true;
    QTest::newRow("digits and dashes") << u"user_01@my-school.edu.kz"_s << true;
    QTest::newRow("IDN domain in xn-- form") << u"ata@xn--80ao21a.xn--80ao21a"_s << true;
    QTest::newRow("capitals") << u"Aigerim@Example.KZ"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << u"aigerim.example.kz"_s << false;
    QTest::newRow("two at") << u"ai@gerim@example.kz"_s << false;
    QTest::newRow("no local part") << u"@example.kz"_s << false;
    QTest::newRow("no domain") << u"aigerim@"_s << false;
    QTest::newRow("single-label domain") << u"aigerim@localhost"_s << false;
    QTest::newRow("leading dot") << u".aigerim@example.kz"_s << false;
    QTest::newRow("trailing dot") << u"aigerim.@example.kz"_s << false;
    QTest::newRow("double dot") << u"ai..gerim@example.kz"_s << false;
    QTest::newRow("domain double dot") << u"aigerim@example..kz"_s << false;
    QTest::newRow("domain trailing dot") << u"aigerim@example.kz."_s << false;
    QTest::newRow("label starts with dash") << u"aigerim@-example.kz"_s << false;
    QTest::newRow("space") << u"ai gerim@example.kz"_s << false;
    QTest::newRow("comma") << u"aigerim@example,kz"_s << false;
    QTest::newRow("one-letter top level") << u"aigerim@example.k"_s << false;
    QTest::newRow("numeric top level") << u"aigerim@10.0.0.1"_s << false;
    // A Cyrillic look-alike typed with the wrong keyboard layout ("а" U+0430 in "mаil").
    QTest::newRow("Cyrillic look-alike in domain") << u"aigerim@m\u0430il.ru"_s << false;
    QTest::newRow("Cyrillic local part") << u"айгерим@mail.kz"_s << false;
    QTest::newRow("local part too long") << QString(QString(65, u'a') + u"@example.kz"_s) << false;
}

void TestApplication::isValidEmail()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(::isValidEmail(text), valid);
}

void TestApplication::channels_data()
{
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one phone, no e-mail") << QStringList{u"87012345678"_s} << QString() << QString();
    QTest::newRow("two phones") << QStringList{u"87012345678"_s, u"+7 777 123 45 67"_s} << QString() << QString();
    QTest::newRow("e-mail only") << QStringList() << u"aigerim@example.kz"_s << QString();
    QTest::newRow("e-mail with spaces around") << QStringList() << u" aigerim@example.kz "_s << QString();
    QTest::newRow("empty phone slots, e-mail") << QStringList{{}, u" "_s} << u"aigerim@example.kz"_s << QString();
    QTest::newRow("nothing")
        << QStringList() << QString()
        << describe({Issue::error(Field::Phones, Rule::NoNotificationChannel)});
    QTest::newRow("empty phone slots only")
        << QStringList{{}, {}} << u"  "_s
        << describe({Issue::error(Field::Phones, Rule::NoNotificationChannel)});
    QTest::newRow("three phones")
        << QStringList{u"87012345678"_s, u"87771234567"_s, u"87051234567"_s} << QString()
        << describe({Issue::error(Field::Phones, Rule::TooManyPhones)});
    QTest::newRow("a landline, no e-mail: the landline is named, not a missing channel")
        << QStringList{u"8 7172 55 66 77"_s} << QString()
        << describe({Issue::error(Field::Phones, Rule::PhoneNotKazakhMobile, u"8 7172 55 66 77"_s)});
    QTest::newRow("one good, one bad phone")
        << QStringList{u"87012345678"_s, u"12345"_s} << QString()
        << describe({Issue::error(Field::Phones, Rule::PhoneNotKazakhMobile, u"12345"_s)});
    QTest::newRow("bad e-mail")
        << QStringList{u"87012345678"_s} << u"aigerim@"_s
        << describe({Issue::error(Field::Email, Rule::EmailInvalid)});
    QTest::newRow("bad e-mail only")
        << QStringList() << u"aigerim"_s
        << describe({Issue::error(Field::Email, Rule::EmailInvalid)});
}

void TestApplication::channels()
{
    QFETCH(QStringList, phones);
    QFETCH(QString, email);
    QFETCH(QString, expected);
    Application application = validApplication();
    application.phones = phones;
    application.email = email;
    QCOMPARE(describe(validate(application)), expected);
}

void TestApplication::consentRequired()
{
    Application application = validApplication();
    application.consent = false;
    const Issues issues = validate(application);
    QCOMPARE(describe(issues), describe({Issue::error(Field::Consent, Rule::ConsentRequired)}));
    QVERIFY(hasErrors(issues));
}

void TestApplication::signatureDate_data()
{
    QTest::addColumn<QDateTime>("filedAt");
    QTest::addColumn<QDate>("signatureDate");
    QTest::addColumn<bool>("inFuture");

    // Now is 10 June 2025.
    QTest::newRow("today") << QDateTime() << QDate(2025, 6, 10) << false;
    QTest::newRow("last week") << QDateTime() << QDate(2025, 6, 3) << false;
    QTest::newRow("tomorrow") << QDateTime() << QDate(2025, 6, 11) << true;
    QTest::newRow("after an earlier filing") << QDateTime(QDate(2025, 6, 2), QTime(11, 0))
                                             << QDate(2025, 6, 3) << true;
    QTest::newRow("on an earlier filing day") << QDateTime(QDate(2025, 6, 2), QTime(11, 0))
                                              << QDate(2025, 6, 2) << false;
}

void TestApplication::signatureDate()
{
    QFETCH(QDateTime, filedAt);
    QFETCH(QDate, signatureDate);
    QFETCH(bool, inFuture);
    Application application = validApplication();
    application.filedAt = filedAt;
    application.signatureDate = signatureDate;
    const Issues expected = inFuture ? Issues{Issue::error(Field::SignatureDate, Rule::SignatureDateInFuture)}
                                     : Issues{};
    QCOMPARE(describe(validate(application)), describe(expected));
}

void TestApplication::allIssuesAtOnce()
{
    Application application = validApplication();
    application.applicant.name.clear();
    application.applicantIin = u"850101300125"_s;          // wrong check digit
    application.childBirthDate = QDate(2021, 3, 16);       // the IIN says the 15th
    application.category = Category::TeacherChild;         // document a year old
    application.categoryDocument = CategoryDocument{u"Certificate from the place of work"_s, u"9"_s, {}, QDate(2024, 6, 1)};
    application.phones = {u"+7 7172 12 34 56"_s};          // a landline
    application.email = u"aigerim@@example.kz"_s;
    application.consent = false;

    const Issues issues = validate(application);
    Issues expected = {
        Issue::error(Field::ApplicantName, Rule::Required),
        Issue::error(Field::ApplicantIin, Rule::IinCheckDigit),
        Issue::warning(Field::CategoryDocumentIssueDate, Rule::CategoryDocumentTooOld),
        Issue::error(Field::Phones, Rule::PhoneNotKazakhMobile, u"+7 7172 12 34 56"_s),
        Issue::error(Field::Email, Rule::EmailInvalid),
        Issue::error(Field::Consent, Rule::ConsentRequired),
    };
    // The IIN's own warning, whatever detail it quotes (RULES 9: a warning, on the child's IIN).
    const Issues iinWarnings = Iin::parse(application.childIin)->warningsAgainst(
        application.childBirthDate, application.childSex, Field::ChildIin);
    QCOMPARE(iinWarnings.size(), 1);
    QCOMPARE(iinWarnings.first().rule, Rule::IinBirthDateMismatch);
    expected.append(iinWarnings);
    QCOMPARE(describe(issues), describe(expected));
    QVERIFY(hasErrors(issues));

    // Mending the errors leaves the warnings, which do not block registration.
    application.applicant.name = u"Әйгерім"_s;
    application.applicantIin = u"850101300124"_s;
    application.phones = {u"8 701 234 56 78"_s};
    application.email.clear();
    application.consent = true;
    const Issues warningsOnly = validate(application);
    QCOMPARE(warningsOnly.size(), 2);
    QVERIFY(!hasErrors(warningsOnly));
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
