// Issue 4 item 1: the kindergarten's own details, checked before they go on contracts and letters,
// the contract number built from the administrator's format, and the stored JSON.
#include "domain/KindergartenProfile.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(Issues)

using namespace Qt::StringLiterals;

namespace {

using Edit = std::function<void(KindergartenProfile &)>;

// A BIN whose check digit follows RULES 9 (first pass: 0*1+4*2+0*3+8*4+4*5+0+...+1*10+1*11 = 81,
// 81 mod 11 = 4).
const QString validBin = u"040840000114"_s;

KindergartenProfile complete()
{
    KindergartenProfile p;
    p.id = u"AST-0042"_s;
    p.nameKk = u"«Балапан» бөбекжай-бақшасы"_s;
    p.nameRu = u"Ясли-сад «Балапан»"_s;
    p.bin = validBin;
    p.addressKk = u"Астана қ., Абай даңғылы, 10"_s;
    p.addressRu = u"г. Астана, проспект Абая, 10"_s;
    p.cityKk = u"Астана қаласы"_s;
    p.cityRu = u"город Астана"_s;
    p.headName = u"Серікова Айгүл Маратқызы"_s;
    p.phone = u"+7 7172 00 00 00"_s;
    p.bank = u"АО «Народный банк Казахстана»"_s;
    p.account = u"KZ31601A000000000001"_s;
    p.bik = u"HSBKKZKX"_s;
    p.feeAmount = 15000;
    p.feeDueDay = 10;
    p.feeTermsKk = u"Тамақтану"_s;
    p.feeTermsRu = u"Питание"_s;
    p.authorityKk = u"Астана қаласы бойынша департамент, Мәңгілік Ел даңғылы, 8"_s;
    p.authorityRu = u"Департамент по городу Астане, проспект Мангилик Ел, 8"_s;
    return p;
}

QDate sept2026() { return QDate(2026, 9, 1); }

} // namespace

class TestKindergartenProfile : public QObject
{
    Q_OBJECT
private slots:
    void completeProfileIsValid();
    void validate_data();
    void validate();
    void contractNumber_data();
    void contractNumber();
    void invalidFormat_data();
    void invalidFormat();
    void jsonRoundTrip();
    void jsonKeys();
    void jsonMissingKeysKeepDefaults();
    void isEmpty();
};

void TestKindergartenProfile::completeProfileIsValid()
{
    QCOMPARE(complete().validate(), Issues());
    // Bank details are optional.
    KindergartenProfile p = complete();
    p.bank.clear();
    p.account.clear();
    p.bik.clear();
    p.phone.clear();
    p.cityKk.clear();
    p.cityRu.clear();
    p.feeAmount = 0;
    QCOMPARE(p.validate(), Issues());
}

void TestKindergartenProfile::validate_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Issues>("expected");

    const auto error = [](Field field, Rule rule, const QString &detail = {}) {
        return Issues{Issue::error(field, rule, detail)};
    };
    QTest::newRow("no id") << Edit([](auto &p) { p.id.clear(); }) << error(Field::KindergartenId, Rule::Required);
    QTest::newRow("blank kk name") << Edit([](auto &p) { p.nameKk = u"  "_s; })
                                   << error(Field::KindergartenNameKk, Rule::Required);
    QTest::newRow("no ru name") << Edit([](auto &p) { p.nameRu.clear(); })
                                << error(Field::KindergartenNameRu, Rule::Required);
    QTest::newRow("no BIN") << Edit([](auto &p) { p.bin.clear(); }) << error(Field::KindergartenBin, Rule::Required);
    QTest::newRow("BIN 11 digits") << Edit([](auto &p) { p.bin = validBin.first(11); })
                                   << error(Field::KindergartenBin, Rule::BinNotTwelveDigits);
    QTest::newRow("BIN check digit") << Edit([](auto &p) { p.bin = validBin.first(11) + u'5'; })
                                     << error(Field::KindergartenBin, Rule::BinCheckDigit);
    QTest::newRow("no kk address") << Edit([](auto &p) { p.addressKk.clear(); })
                                   << error(Field::KindergartenAddress, Rule::Required, u"in Kazakh"_s);
    QTest::newRow("no ru address") << Edit([](auto &p) { p.addressRu.clear(); })
                                   << error(Field::KindergartenAddress, Rule::Required, u"in Russian"_s);
    QTest::newRow("no head") << Edit([](auto &p) { p.headName.clear(); })
                             << error(Field::KindergartenHead, Rule::Required);
    QTest::newRow("IBAN with spaces is fine") << Edit([](auto &p) { p.account = u"KZ31 601A 0000 0000 0001"_s; })
                                              << Issues();
    QTest::newRow("IBAN too short") << Edit([](auto &p) { p.account = u"KZ12601A00000000000"_s; })
                                    << error(Field::KindergartenAccount, Rule::AccountNotIban);
    QTest::newRow("IBAN too long") << Edit([](auto &p) { p.account = u"KZ31601A0000000000012"_s; })
                                   << error(Field::KindergartenAccount, Rule::AccountNotIban);
    QTest::newRow("IBAN not KZ") << Edit([](auto &p) { p.account = u"RU12601A000000000001"_s; })
                                 << error(Field::KindergartenAccount, Rule::AccountNotIban);
    QTest::newRow("IBAN with Cyrillic") << Edit([](auto &p) { p.account = u"KZ12601А000000000001"_s; })
                                        << error(Field::KindergartenAccount, Rule::AccountNotIban);
    // ISO 13616 mod 97: the registry's own example, then one mistyped digit, two swapped
    // characters and check digits that are letters.
    QTest::newRow("IBAN registry example") << Edit([](auto &p) { p.account = u"KZ86125KZT5004100100"_s; })
                                           << Issues();
    QTest::newRow("IBAN mistyped digit") << Edit([](auto &p) { p.account = u"KZ86125KZT5004100101"_s; })
                                         << error(Field::KindergartenAccount, Rule::AccountCheckDigits);
    QTest::newRow("IBAN swapped characters") << Edit([](auto &p) { p.account = u"KZ86125KZT5004101000"_s; })
                                             << error(Field::KindergartenAccount, Rule::AccountCheckDigits);
    QTest::newRow("IBAN wrong check digits") << Edit([](auto &p) { p.account = u"KZ12601A000000000001"_s; })
                                             << error(Field::KindergartenAccount, Rule::AccountCheckDigits);
    QTest::newRow("IBAN check digits letters") << Edit([](auto &p) { p.account = u"KZAB125KZT5004100100"_s; })
                                               << error(Field::KindergartenAccount, Rule::AccountNotIban);
    QTest::newRow("BIC with digits") << Edit([](auto &p) { p.bik = u"KCJBKZ2A"_s; }) << Issues();
    QTest::newRow("BIC with a hyphen") << Edit([](auto &p) { p.bik = u"HSBK-ZKX"_s; })
                                       << error(Field::KindergartenBik, Rule::BikNotEightCharacters);
    QTest::newRow("BIC in Cyrillic") << Edit([](auto &p) { p.bik = u"НSВКKZKX"_s; })
                                     << error(Field::KindergartenBik, Rule::BikNotEightCharacters);
    QTest::newRow("BIC 7 characters") << Edit([](auto &p) { p.bik = u"HSBKKZK"_s; })
                                      << error(Field::KindergartenBik, Rule::BikNotEightCharacters);
    QTest::newRow("BIC 9 characters") << Edit([](auto &p) { p.bik = u"HSBKKZKXX"_s; })
                                      << error(Field::KindergartenBik, Rule::BikNotEightCharacters);
    QTest::newRow("negative fee") << Edit([](auto &p) { p.feeAmount = -1; })
                                  << error(Field::FeeAmount, Rule::OutOfRange, u"-1"_s);
    QTest::newRow("due day 0") << Edit([](auto &p) { p.feeDueDay = 0; })
                               << error(Field::FeeDueDay, Rule::OutOfRange, u"1-28"_s);
    QTest::newRow("due day 1") << Edit([](auto &p) { p.feeDueDay = 1; }) << Issues();
    QTest::newRow("due day 28") << Edit([](auto &p) { p.feeDueDay = 28; }) << Issues();
    QTest::newRow("due day 29") << Edit([](auto &p) { p.feeDueDay = 29; })
                                << error(Field::FeeDueDay, Rule::OutOfRange, u"1-28"_s);
    QTest::newRow("format without seq") << Edit([](auto &p) { p.contractNumberFormat = u"{year}-"_s; })
                                        << error(Field::ContractNumberFormat, Rule::ContractNumberFormatInvalid);
    QTest::newRow("no group language") << Edit([](auto &p) { p.groupLanguages.clear(); })
                                       << error(Field::GroupLanguages, Rule::Required);
    QTest::newRow("everything missing")
        << Edit([](auto &p) { p = KindergartenProfile(); })
        << Issues{Issue::error(Field::KindergartenId, Rule::Required),
                  Issue::error(Field::KindergartenNameKk, Rule::Required),
                  Issue::error(Field::KindergartenNameRu, Rule::Required),
                  Issue::error(Field::KindergartenBin, Rule::Required),
                  Issue::error(Field::KindergartenAddress, Rule::Required, u"in Kazakh"_s),
                  Issue::error(Field::KindergartenAddress, Rule::Required, u"in Russian"_s),
                  Issue::error(Field::KindergartenHead, Rule::Required)};
}

void TestKindergartenProfile::validate()
{
    QFETCH(Edit, edit);
    QFETCH(Issues, expected);
    KindergartenProfile p = complete();
    edit(p);
    QCOMPARE(p.validate(), expected);
    for (const Issue &issue : p.validate())
        QVERIFY(!issue.message().isEmpty());
}

void TestKindergartenProfile::contractNumber_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << u"{year}-{seq:4}"_s << 7 << sept2026() << u"2026-0007"_s;
    QTest::newRow("default, 4 digits used") << u"{year}-{seq:4}"_s << 1234 << sept2026() << u"2026-1234"_s;
    QTest::newRow("padding never truncates") << u"{year}-{seq:4}"_s << 12345 << sept2026() << u"2026-12345"_s;
    QTest::newRow("plain seq") << u"{seq}"_s << 7 << sept2026() << u"7"_s;
    QTest::newRow("month two digits") << u"ДШ-{seq:3}/{month}.{year}"_s << 12 << sept2026() << u"ДШ-012/09.2026"_s;
    QTest::newRow("December") << u"{month}/{seq}"_s << 3 << QDate(2026, 12, 31) << u"12/3"_s;
    QTest::newRow("seq twice") << u"{seq}-{seq:2}"_s << 5 << sept2026() << u"5-05"_s;
    QTest::newRow("year of the contract date") << u"{year}/{seq:2}"_s << 1 << QDate(2027, 1, 4) << u"2027/01"_s;
}

void TestKindergartenProfile::contractNumber()
{
    QFETCH(QString, format);
    QFETCH(int, seq);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    KindergartenProfile p = complete();
    p.contractNumberFormat = format;
    QCOMPARE(p.validate(), Issues());
    QCOMPARE(p.contractNumber(seq, date), expected);
}

void TestKindergartenProfile::invalidFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("empty") << QString();
    QTest::newRow("no seq") << u"{year}/{month}"_s;
    QTest::newRow("unknown placeholder") << u"{seq}-{day}"_s;
    QTest::newRow("upper case") << u"{SEQ}"_s;
    QTest::newRow("unclosed") << u"{year}-{seq"_s;
    QTest::newRow("stray closing brace") << u"seq}-{seq}"_s;
    QTest::newRow("width 0") << u"{seq:0}"_s;
    QTest::newRow("width not a number") << u"{seq:x}"_s;
    QTest::newRow("width with sign") << u"{seq:+4}"_s;
    QTest::newRow("width too large") << u"{seq:13}"_s;
}

void TestKindergartenProfile::invalidFormat()
{
    QFETCH(QString, format);
    KindergartenProfile p = complete();
    p.contractNumberFormat = format;
    QCOMPARE(p.validate(), Issues{Issue::error(Field::ContractNumberFormat, Rule::ContractNumberFormatInvalid)});
    // A contract still gets a number that holds the year and the sequence.
    QCOMPARE(p.contractNumber(8, sept2026()), u"2026-8"_s);
}

void TestKindergartenProfile::jsonRoundTrip()
{
    KindergartenProfile p = complete();
    p.contractNumberFormat = u"ДШ-{seq:3}"_s;
    p.groupLanguages = {TeachingLanguage::Russian, TeachingLanguage::Other};
    QCOMPARE(KindergartenProfile::fromJson(p.toJson()), p);
    QCOMPARE(KindergartenProfile::fromJson(KindergartenProfile().toJson()), KindergartenProfile());
}

void TestKindergartenProfile::jsonKeys()
{
    const QJsonObject json = complete().toJson();
    const QStringList keys = {u"id"_s, u"name_kk"_s, u"name_ru"_s, u"bin"_s, u"address_kk"_s, u"address_ru"_s,
                              u"city_kk"_s, u"city_ru"_s, u"head_name"_s, u"phone"_s, u"bank"_s, u"account"_s,
                              u"bik"_s, u"authority_kk"_s, u"authority_ru"_s, u"fee_amount"_s, u"fee_due_day"_s, u"fee_terms_kk"_s, u"fee_terms_ru"_s,
                              u"contract_number_format"_s, u"group_languages"_s};
    QStringList actual = json.keys();
    QStringList sortedKeys = keys;
    actual.sort();
    sortedKeys.sort();
    QCOMPARE(actual, sortedKeys);
    QCOMPARE(json.value(u"bin").toString(), validBin);
    QCOMPARE(json.value(u"fee_amount").toInt(), 15000);
    QCOMPARE(json.value(u"group_languages").toArray(), QJsonArray({u"kk"_s, u"ru"_s}));
}

void TestKindergartenProfile::jsonMissingKeysKeepDefaults()
{
    const KindergartenProfile p = KindergartenProfile::fromJson(QJsonObject{
        {u"id"_s, u"AST-1"_s},
        {u"fee_due_day"_s, u"15"_s},                              // wrong type: default kept
        {u"group_languages"_s, QJsonArray{u"ru"_s, u"xx"_s}},      // unknown code skipped
    });
    QCOMPARE(p.id, u"AST-1"_s);
    QCOMPARE(p.feeDueDay, 10);
    QCOMPARE(p.contractNumberFormat, u"{year}-{seq:4}"_s);
    QCOMPARE(p.groupLanguages, QList<TeachingLanguage>{TeachingLanguage::Russian});
}

void TestKindergartenProfile::isEmpty()
{
    QVERIFY(KindergartenProfile().isEmpty());
    QVERIFY(!complete().isEmpty());
}

QTEST_GUILESS_MAIN(TestKindergartenProfile)
#include "tst_kindergartenprofile.moc"
