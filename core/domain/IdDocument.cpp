#include "domain/IdDocument.h"

#include "domain/FieldLimits.h"

#include <QRegularExpression>

namespace IdDocuments {

QString kindCode(IdDocumentKind kind)
{
    switch (kind) {
    case IdDocumentKind::None: break;
    case IdDocumentKind::IdentityCard: return QStringLiteral("identity_card");
    case IdDocumentKind::Passport: return QStringLiteral("passport");
    case IdDocumentKind::ResidencePermit: return QStringLiteral("residence_permit");
    case IdDocumentKind::StatelessCertificate: return QStringLiteral("stateless_certificate");
    case IdDocumentKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<IdDocumentKind> kindFromCode(const QString &code)
{
    for (IdDocumentKind kind : {IdDocumentKind::None, IdDocumentKind::IdentityCard, IdDocumentKind::Passport,
                                IdDocumentKind::ResidencePermit, IdDocumentKind::StatelessCertificate,
                                IdDocumentKind::Other})
        if (kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString issuerCode(IdDocumentIssuer issuer)
{
    switch (issuer) {
    case IdDocumentIssuer::None: break;
    case IdDocumentIssuer::InternalAffairs: return QStringLiteral("internal_affairs");
    case IdDocumentIssuer::Justice: return QStringLiteral("justice");
    case IdDocumentIssuer::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<IdDocumentIssuer> issuerFromCode(const QString &code)
{
    for (IdDocumentIssuer issuer : {IdDocumentIssuer::None, IdDocumentIssuer::InternalAffairs,
                                    IdDocumentIssuer::Justice, IdDocumentIssuer::Other})
        if (issuerCode(issuer) == code)
            return issuer;
    return std::nullopt;
}

QString normalizedNumber(IdDocumentKind kind, const QString &typed)
{
    if (kind == IdDocumentKind::Other)
        return typed.simplified();
    QString number = typed;
    number.remove(QRegularExpression(QStringLiteral("\\s")));
    number = number.toUpper();
    // The passport's N is Latin; on a Russian keyboard layout the same key gives Cyrillic Н.
    if (kind == IdDocumentKind::Passport && number.startsWith(u'\u041D'))
        number[0] = u'N';
    return number;
}

Issues issues(const IdDocument &document, const QDate &latest)
{
    Issues found;
    if (!document.isStructured())
        return found;
    if (document.kind == IdDocumentKind::Other) {
        if (document.kindText.trimmed().isEmpty())
            found.append(Issue::error(Field::ParentIdDocumentKind, Rule::Required));
        FieldLimits::check(found, document.kindText, Field::ParentIdDocumentKind);
    }

    const QString number = normalizedNumber(document.kind, document.number);
    if (number.isEmpty()) {
        found.append(Issue::error(Field::ParentIdDocumentNumber, Rule::Required));
    } else {
        // The identity card of a citizen of Kazakhstan has a 9-digit number (012345678); the
        // passport a Latin N and 8 digits (N12345678; 7 digits on some early ones). The
        // residence permit, the stateless person's certificate and other documents are not
        // held to one pattern: letters and digits, at least one digit.
        static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
        static const QRegularExpression passport(QStringLiteral("^N[0-9]{7,8}$"));
        static const QRegularExpression lenient(QStringLiteral("^(?=.*[0-9])[\\p{L}0-9/-]{1,20}$"));
        switch (document.kind) {
        case IdDocumentKind::IdentityCard:
            if (!nineDigits.match(number).hasMatch())
                found.append(Issue::error(Field::ParentIdDocumentNumber, Rule::IdCardNumberNotNineDigits, number));
            break;
        case IdDocumentKind::Passport:
            if (!passport.match(number).hasMatch())
                found.append(Issue::error(Field::ParentIdDocumentNumber, Rule::PassportNumberInvalid, number));
            break;
        default:
            if (!lenient.match(QString(number).remove(u' ')).hasMatch())
                found.append(Issue::error(Field::ParentIdDocumentNumber, Rule::IdDocumentNumberInvalid, number));
            break;
        }
    }

    if (!document.issuedOn.isValid())
        found.append(Issue::error(Field::ParentIdDocumentIssuedOn, Rule::Required));
    else if (latest.isValid() && document.issuedOn > latest)
        found.append(Issue::error(Field::ParentIdDocumentIssuedOn, Rule::DateInFuture,
                                  document.issuedOn.toString(QStringLiteral("dd.MM.yyyy"))));

    if (document.issuer == IdDocumentIssuer::None
        || (document.issuer == IdDocumentIssuer::Other && document.issuerText.trimmed().isEmpty()))
        found.append(Issue::error(Field::ParentIdDocumentIssuer, Rule::Required));
    if (document.issuer == IdDocumentIssuer::Other)
        FieldLimits::check(found, document.issuerText, Field::ParentIdDocumentIssuer);
    return found;
}

} // namespace IdDocuments
