// Issue 13 item 1: the parent's ID document asked for in parts, so that each language's contract
// prints it in that language. What each part must hold, and the codes the store and the sync
// payload keep.
#include "domain/IdDocument.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(IdDocument)
Q_DECLARE_METATYPE(IdDocumentKind)
Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(Rule)

namespace {

IdDocument identityCard()
{
    IdDocument document;
    document.kind = IdDocumentKind::IdentityCard;
    document.number = u"012345678"_s;
    document.issuedOn = QDate(2020, 2, 1);
    document.issuer = IdDocumentIssuer::InternalAffairs;
    return document;
}

} // namespace

class TestIdDocument : public QObject
{
    Q_OBJECT
private slots:
    void issues_data();
    void issues();
    void freeTextOnlyIsNotChecked();
    void normalizedNumber_data();
    void normalizedNumber();
    void codesRoundTrip();
};

void TestIdDocument::issues_data()
{
    QTest::addColumn<IdDocument>("document");
    QTest::addColumn<QList<Field>>("fields");
    QTest::addColumn<QList<Rule>>("rules");

    IdDocument d = identityCard();
    QTest::newRow("identity card, 9 digits, MIA") << d << QList<Field>{} << QList<Rule>{};
    d.number = u"0123 456 78"_s;
    QTest::newRow("identity card typed with spaces") << d << QList<Field>{} << QList<Rule>{};
    d.number = u"01234567"_s;
    QTest::newRow("identity card, 8 digits") << d << QList<Field>{Field::ParentIdDocumentNumber}
                                             << QList<Rule>{Rule::IdCardNumberNotNineDigits};
    d.number = u"N12345678"_s;
    QTest::newRow("identity card, a passport's number") << d << QList<Field>{Field::ParentIdDocumentNumber}
                                                        << QList<Rule>{Rule::IdCardNumberNotNineDigits};
    d.number = QString();
    QTest::newRow("no number") << d << QList<Field>{Field::ParentIdDocumentNumber} << QList<Rule>{Rule::Required};

    d = identityCard();
    d.kind = IdDocumentKind::Passport;
    d.number = u"N12345678"_s;
    d.issuer = IdDocumentIssuer::Justice;
    QTest::newRow("passport N and 8 digits, Ministry of Justice") << d << QList<Field>{} << QList<Rule>{};
    d.number = u"н 12345678"_s;
    QTest::newRow("passport typed with a Cyrillic н") << d << QList<Field>{} << QList<Rule>{};
    d.number = u"012345678"_s;
    QTest::newRow("passport without its letter") << d << QList<Field>{Field::ParentIdDocumentNumber}
                                                 << QList<Rule>{Rule::PassportNumberInvalid};

    d = identityCard();
    d.kind = IdDocumentKind::ResidencePermit;
    d.number = u"F0123456"_s;
    QTest::newRow("residence permit, letters and digits") << d << QList<Field>{} << QList<Rule>{};
    d.kind = IdDocumentKind::StatelessCertificate;
    d.number = u"без номера"_s;
    QTest::newRow("stateless certificate without a digit") << d << QList<Field>{Field::ParentIdDocumentNumber}
                                                          << QList<Rule>{Rule::IdDocumentNumberInvalid};

    d = identityCard();
    d.kind = IdDocumentKind::Other;
    QTest::newRow("other kind without its name") << d << QList<Field>{Field::ParentIdDocumentKind}
                                                 << QList<Rule>{Rule::Required};
    d.kindText = u"әскери билет"_s;
    d.number = u"АБ 1234567"_s;
    QTest::newRow("other kind named, Cyrillic letters in the number") << d << QList<Field>{} << QList<Rule>{};

    d = identityCard();
    d.issuedOn = QDate();
    QTest::newRow("no issue date") << d << QList<Field>{Field::ParentIdDocumentIssuedOn} << QList<Rule>{Rule::Required};
    d.issuedOn = QDate(2026, 11, 24);
    QTest::newRow("issued on the contract date") << d << QList<Field>{} << QList<Rule>{};
    d.issuedOn = QDate(2026, 11, 25);
    QTest::newRow("issued the day after the contract date")
        << d << QList<Field>{Field::ParentIdDocumentIssuedOn} << QList<Rule>{Rule::DateInFuture};

    d = identityCard();
    d.issuer = IdDocumentIssuer::None;
    QTest::newRow("no authority chosen") << d << QList<Field>{Field::ParentIdDocumentIssuer} << QList<Rule>{Rule::Required};
    d.issuer = IdDocumentIssuer::Other;
    QTest::newRow("other authority without its name")
        << d << QList<Field>{Field::ParentIdDocumentIssuer} << QList<Rule>{Rule::Required};
    d.issuerText = u"Қорғаныс министрлігі"_s;
    QTest::newRow("other authority named") << d << QList<Field>{} << QList<Rule>{};

    IdDocument empty;
    empty.kind = IdDocumentKind::IdentityCard;
    QTest::newRow("identity card chosen, nothing typed")
        << empty
        << QList<Field>{Field::ParentIdDocumentNumber, Field::ParentIdDocumentIssuedOn, Field::ParentIdDocumentIssuer}
        << QList<Rule>{Rule::Required, Rule::Required, Rule::Required};
}

void TestIdDocument::issues()
{
    QFETCH(IdDocument, document);
    QFETCH(QList<Field>, fields);
    QFETCH(QList<Rule>, rules);
    const Issues found = IdDocuments::issues(document, QDate(2026, 11, 24));
    QList<Field> foundFields;
    QList<Rule> foundRules;
    for (const Issue &issue : found) {
        foundFields << issue.field;
        foundRules << issue.rule;
        QVERIFY(!issue.ruleMessage().isEmpty());
    }
    QCOMPARE(foundFields, fields);
    QCOMPARE(foundRules, rules);
}

void TestIdDocument::freeTextOnlyIsNotChecked()
{
    // A contract recorded before the parts: its free text is all there is.
    QVERIFY(IdDocuments::issues(IdDocument{}, QDate(2026, 11, 24)).isEmpty());
    QVERIFY(!IdDocument{}.isStructured());
    QVERIFY(identityCard().isStructured());
}

void TestIdDocument::normalizedNumber_data()
{
    QTest::addColumn<IdDocumentKind>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("identity card with spaces") << IdDocumentKind::IdentityCard << u" 012 345 678 "_s << u"012345678"_s;
    QTest::newRow("passport, Cyrillic Н") << IdDocumentKind::Passport << u"Н12345678"_s << u"N12345678"_s;
    QTest::newRow("passport, small n") << IdDocumentKind::Passport << u"n 12345678"_s << u"N12345678"_s;
    QTest::newRow("other kind keeps its spaces") << IdDocumentKind::Other << u" АБ  1234567 "_s << u"АБ 1234567"_s;
}

void TestIdDocument::normalizedNumber()
{
    QFETCH(IdDocumentKind, kind);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(IdDocuments::normalizedNumber(kind, typed), stored);
}

void TestIdDocument::codesRoundTrip()
{
    for (IdDocumentKind kind : {IdDocumentKind::None, IdDocumentKind::IdentityCard, IdDocumentKind::Passport,
                                IdDocumentKind::ResidencePermit, IdDocumentKind::StatelessCertificate,
                                IdDocumentKind::Other})
        QCOMPARE(IdDocuments::kindFromCode(IdDocuments::kindCode(kind)), kind);
    for (IdDocumentIssuer issuer : {IdDocumentIssuer::None, IdDocumentIssuer::InternalAffairs,
                                    IdDocumentIssuer::Justice, IdDocumentIssuer::Other})
        QCOMPARE(IdDocuments::issuerFromCode(IdDocuments::issuerCode(issuer)), issuer);
    QCOMPARE(IdDocuments::kindCode(IdDocumentKind::IdentityCard), u"identity_card"_s);
    QCOMPARE(IdDocuments::issuerCode(IdDocumentIssuer::InternalAffairs), u"internal_affairs"_s);
    QVERIFY(!IdDocuments::kindFromCode(u"driving_licence"_s));
}

QTEST_GUILESS_MAIN(TestIdDocument)
#include "tst_iddocument.moc"
