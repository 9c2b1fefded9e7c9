#pragma once

#include "domain/Issue.h"

#include <QDate>
#include <QString>

#include <optional>

// RULES 12 item 2, issue 13 item 1: the parent's identity document, asked for in parts so that
// each language's contract prints it wholly in that language ("удостоверение личности № …,
// выдано … МВД РК" / "жеке куәлік № …, … ж. ҚР ІІМ берген"). Only the words the clerk types for
// an "other" kind or authority stay as typed, and the paper marks them as the clerk's own.
enum class IdDocumentKind {
    None,                 // not asked in parts: a contract recorded before, with its free text only
    IdentityCard,         // удостоверение личности гражданина РК / ҚР азаматының жеке куәлігі
    Passport,             // паспорт гражданина РК / ҚР азаматының паспорты
    ResidencePermit,      // вид на жительство иностранца / шетелдіктің тұруға ықтиярхаты
    StatelessCertificate, // удостоверение лица без гражданства / азаматтығы жоқ адамның куәлігі
    Other,                // the clerk's words in kindText
};

// Who issued it. Kazakhstan's identity cards and passports are issued by the Ministry of Internal
// Affairs and, in the years its public service centres did it, by the Ministry of Justice.
enum class IdDocumentIssuer {
    None,
    InternalAffairs, // МВД РК / ҚР ІІМ
    Justice,         // МЮ РК / ҚР Әділет министрлігі
    Other,           // the clerk's words in issuerText
};

struct IdDocument
{
    IdDocumentKind kind = IdDocumentKind::None;
    QString kindText;    // Other only
    QString number;
    QDate issuedOn;
    IdDocumentIssuer issuer = IdDocumentIssuer::None;
    QString issuerText;  // Other only
    // Asked in parts (a contract recorded before this has only the free text).
    bool isStructured() const { return kind != IdDocumentKind::None; }
    bool operator==(const IdDocument &) const = default;
};

namespace IdDocuments {

// The store's and the sync payload's codes: "identity_card", "passport", "residence_permit",
// "stateless_certificate", "other" ("" for None); "internal_affairs", "justice", "other".
QString kindCode(IdDocumentKind kind);
std::optional<IdDocumentKind> kindFromCode(const QString &code);
QString issuerCode(IdDocumentIssuer issuer);
std::optional<IdDocumentIssuer> issuerFromCode(const QString &code);

// The number as stored: without spaces, letters in capitals, a Cyrillic Н typed for the
// passport's Latin N made Latin.
QString normalizedNumber(IdDocumentKind kind, const QString &typed);

// What is wrong with a document asked for in parts (nothing for one that is not): the kind
// chosen (and named, for "other"), the number as its kind has it, the issue date given and not
// after `latest` (the contract's date), the authority chosen (and named, for "other").
Issues issues(const IdDocument &document, const QDate &latest);

} // namespace IdDocuments
